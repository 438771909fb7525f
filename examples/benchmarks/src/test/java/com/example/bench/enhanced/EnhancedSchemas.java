package com.example.bench.enhanced;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.example.bench.huge.Huge;
import com.example.bench.hugeflat.HugeFlat;
import com.example.bench.small.Small;
import com.example.bench.tiny.Tiny;
import com.example.bench.work.Task;
import com.example.bench.work.TaskStatus;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The Enhanced Client's schemas for the benchmark shapes: {@code StaticTableSchema}s written as
 * the SDK's own benchmarks write them (V2ItemFactory), and the bean copies of the sample values.
 * {@code TableSchema.fromBean} schemas are made where they are measured.
 */
public final class EnhancedSchemas {
  private EnhancedSchemas() {}

  public static final TableSchema<TinyBean> TINY = StaticTableSchema.builder(TinyBean.class)
      .newItemSupplier(TinyBean::new)
      .addAttribute(String.class, a -> a.name("stringAttr").getter(TinyBean::getStringAttr)
          .setter(TinyBean::setStringAttr).tags(primaryPartitionKey()))
      .build();

  public static final TableSchema<SmallBean> SMALL = StaticTableSchema.builder(SmallBean.class)
      .newItemSupplier(SmallBean::new)
      .addAttribute(String.class, a -> a.name("stringAttr").getter(SmallBean::getStringAttr)
          .setter(SmallBean::setStringAttr).tags(primaryPartitionKey()))
      .addAttribute(SdkBytes.class, a -> a.name("binaryAttr").getter(SmallBean::getBinaryAttr)
          .setter(SmallBean::setBinaryAttr))
      .addAttribute(EnhancedType.listOf(String.class), a -> a.name("listAttr")
          .getter(SmallBean::getListAttr).setter(SmallBean::setListAttr))
      .build();

  public static final TableSchema<HugeBean> HUGE = StaticTableSchema.builder(HugeBean.class)
      .newItemSupplier(HugeBean::new)
      .addAttribute(String.class, a -> a.name("stringAttr").getter(HugeBean::getStringAttr)
          .setter(HugeBean::setStringAttr).tags(primaryPartitionKey()))
      .addAttribute(String.class, a -> a.name("hashKey").getter(HugeBean::getHashKey)
          .setter(HugeBean::setHashKey))
      .addAttribute(SdkBytes.class, a -> a.name("binaryAttr").getter(HugeBean::getBinaryAttr)
          .setter(HugeBean::setBinaryAttr))
      .addAttribute(EnhancedType.listOf(String.class), a -> a.name("listAttr")
          .getter(HugeBean::getListAttr).setter(HugeBean::setListAttr))
      .addAttribute(new EnhancedType<Map<String, SdkBytes>>() {}, a -> a.name("mapAttr1")
          .getter(HugeBean::getMapAttr1).setter(HugeBean::setMapAttr1))
      .addAttribute(new EnhancedType<Map<String, List<SdkBytes>>>() {}, a -> a.name("mapAttr2")
          .getter(HugeBean::getMapAttr2).setter(HugeBean::setMapAttr2))
      .addAttribute(new EnhancedType<Map<String, List<Map<String, List<SdkBytes>>>>>() {},
          a -> a.name("mapAttr3").getter(HugeBean::getMapAttr3).setter(HugeBean::setMapAttr3))
      .build();

  public static final TableSchema<HugeFlatBean> HUGE_FLAT =
      StaticTableSchema.builder(HugeFlatBean.class)
          .newItemSupplier(HugeFlatBean::new)
          .addAttribute(String.class, a -> a.name("stringAttr1").getter(HugeFlatBean::getStringAttr1)
              .setter(HugeFlatBean::setStringAttr1).tags(primaryPartitionKey()))
          .addAttribute(String.class, a -> a.name("stringAttr2").getter(HugeFlatBean::getStringAttr2)
              .setter(HugeFlatBean::setStringAttr2))
          .addAttribute(String.class, a -> a.name("stringAttr3").getter(HugeFlatBean::getStringAttr3)
              .setter(HugeFlatBean::setStringAttr3))
          .addAttribute(String.class, a -> a.name("stringAttr4").getter(HugeFlatBean::getStringAttr4)
              .setter(HugeFlatBean::setStringAttr4))
          .addAttribute(String.class, a -> a.name("stringAttr5").getter(HugeFlatBean::getStringAttr5)
              .setter(HugeFlatBean::setStringAttr5))
          .addAttribute(String.class, a -> a.name("stringAttr6").getter(HugeFlatBean::getStringAttr6)
              .setter(HugeFlatBean::setStringAttr6))
          .addAttribute(String.class, a -> a.name("stringAttr7").getter(HugeFlatBean::getStringAttr7)
              .setter(HugeFlatBean::setStringAttr7))
          .addAttribute(String.class, a -> a.name("stringAttr8").getter(HugeFlatBean::getStringAttr8)
              .setter(HugeFlatBean::setStringAttr8))
          .addAttribute(String.class, a -> a.name("stringAttr9").getter(HugeFlatBean::getStringAttr9)
              .setter(HugeFlatBean::setStringAttr9))
          .addAttribute(String.class, a -> a.name("stringAttr10").getter(HugeFlatBean::getStringAttr10)
              .setter(HugeFlatBean::setStringAttr10))
          .addAttribute(String.class, a -> a.name("stringAttr11").getter(HugeFlatBean::getStringAttr11)
              .setter(HugeFlatBean::setStringAttr11))
          .addAttribute(String.class, a -> a.name("stringAttr12").getter(HugeFlatBean::getStringAttr12)
              .setter(HugeFlatBean::setStringAttr12))
          .addAttribute(String.class, a -> a.name("stringAttr13").getter(HugeFlatBean::getStringAttr13)
              .setter(HugeFlatBean::setStringAttr13))
          .addAttribute(String.class, a -> a.name("stringAttr14").getter(HugeFlatBean::getStringAttr14)
              .setter(HugeFlatBean::setStringAttr14))
          .addAttribute(String.class, a -> a.name("stringAttr15").getter(HugeFlatBean::getStringAttr15)
              .setter(HugeFlatBean::setStringAttr15))
          .addAttribute(String.class, a -> a.name("stringAttr16").getter(HugeFlatBean::getStringAttr16)
              .setter(HugeFlatBean::setStringAttr16))
          .addAttribute(String.class, a -> a.name("stringAttr17").getter(HugeFlatBean::getStringAttr17)
              .setter(HugeFlatBean::setStringAttr17))
          .addAttribute(String.class, a -> a.name("stringAttr18").getter(HugeFlatBean::getStringAttr18)
              .setter(HugeFlatBean::setStringAttr18))
          .addAttribute(String.class, a -> a.name("stringAttr19").getter(HugeFlatBean::getStringAttr19)
              .setter(HugeFlatBean::setStringAttr19))
          .addAttribute(String.class, a -> a.name("stringAttr20").getter(HugeFlatBean::getStringAttr20)
              .setter(HugeFlatBean::setStringAttr20))
          .addAttribute(String.class, a -> a.name("stringAttr21").getter(HugeFlatBean::getStringAttr21)
              .setter(HugeFlatBean::setStringAttr21))
          .addAttribute(String.class, a -> a.name("stringAttr22").getter(HugeFlatBean::getStringAttr22)
              .setter(HugeFlatBean::setStringAttr22))
          .addAttribute(String.class, a -> a.name("stringAttr23").getter(HugeFlatBean::getStringAttr23)
              .setter(HugeFlatBean::setStringAttr23))
          .addAttribute(String.class, a -> a.name("stringAttr24").getter(HugeFlatBean::getStringAttr24)
              .setter(HugeFlatBean::setStringAttr24))
          .addAttribute(String.class, a -> a.name("stringAttr25").getter(HugeFlatBean::getStringAttr25)
              .setter(HugeFlatBean::setStringAttr25))
          .addAttribute(String.class, a -> a.name("stringAttr26").getter(HugeFlatBean::getStringAttr26)
              .setter(HugeFlatBean::setStringAttr26))
          .addAttribute(String.class, a -> a.name("stringAttr27").getter(HugeFlatBean::getStringAttr27)
              .setter(HugeFlatBean::setStringAttr27))
          .addAttribute(String.class, a -> a.name("stringAttr28").getter(HugeFlatBean::getStringAttr28)
              .setter(HugeFlatBean::setStringAttr28))
          .addAttribute(String.class, a -> a.name("stringAttr29").getter(HugeFlatBean::getStringAttr29)
              .setter(HugeFlatBean::setStringAttr29))
          .addAttribute(String.class, a -> a.name("stringAttr30").getter(HugeFlatBean::getStringAttr30)
              .setter(HugeFlatBean::setStringAttr30))
          .addAttribute(String.class, a -> a.name("stringAttr31").getter(HugeFlatBean::getStringAttr31)
              .setter(HugeFlatBean::setStringAttr31))
          .addAttribute(String.class, a -> a.name("stringAttr32").getter(HugeFlatBean::getStringAttr32)
              .setter(HugeFlatBean::setStringAttr32))
          .addAttribute(String.class, a -> a.name("stringAttr33").getter(HugeFlatBean::getStringAttr33)
              .setter(HugeFlatBean::setStringAttr33))
          .addAttribute(String.class, a -> a.name("stringAttr34").getter(HugeFlatBean::getStringAttr34)
              .setter(HugeFlatBean::setStringAttr34))
          .addAttribute(String.class, a -> a.name("stringAttr35").getter(HugeFlatBean::getStringAttr35)
              .setter(HugeFlatBean::setStringAttr35))
          .addAttribute(String.class, a -> a.name("stringAttr36").getter(HugeFlatBean::getStringAttr36)
              .setter(HugeFlatBean::setStringAttr36))
          .addAttribute(String.class, a -> a.name("stringAttr37").getter(HugeFlatBean::getStringAttr37)
              .setter(HugeFlatBean::setStringAttr37))
          .addAttribute(String.class, a -> a.name("stringAttr38").getter(HugeFlatBean::getStringAttr38)
              .setter(HugeFlatBean::setStringAttr38))
          .addAttribute(String.class, a -> a.name("stringAttr39").getter(HugeFlatBean::getStringAttr39)
              .setter(HugeFlatBean::setStringAttr39))
          .addAttribute(String.class, a -> a.name("stringAttr40").getter(HugeFlatBean::getStringAttr40)
              .setter(HugeFlatBean::setStringAttr40))
          .addAttribute(String.class, a -> a.name("stringAttr41").getter(HugeFlatBean::getStringAttr41)
              .setter(HugeFlatBean::setStringAttr41))
          .addAttribute(String.class, a -> a.name("stringAttr42").getter(HugeFlatBean::getStringAttr42)
              .setter(HugeFlatBean::setStringAttr42))
          .addAttribute(String.class, a -> a.name("stringAttr43").getter(HugeFlatBean::getStringAttr43)
              .setter(HugeFlatBean::setStringAttr43))
          .addAttribute(String.class, a -> a.name("stringAttr44").getter(HugeFlatBean::getStringAttr44)
              .setter(HugeFlatBean::setStringAttr44))
          .addAttribute(String.class, a -> a.name("stringAttr45").getter(HugeFlatBean::getStringAttr45)
              .setter(HugeFlatBean::setStringAttr45))
          .addAttribute(String.class, a -> a.name("stringAttr46").getter(HugeFlatBean::getStringAttr46)
              .setter(HugeFlatBean::setStringAttr46))
          .addAttribute(String.class, a -> a.name("stringAttr47").getter(HugeFlatBean::getStringAttr47)
              .setter(HugeFlatBean::setStringAttr47))
          .addAttribute(String.class, a -> a.name("stringAttr48").getter(HugeFlatBean::getStringAttr48)
              .setter(HugeFlatBean::setStringAttr48))
          .addAttribute(String.class, a -> a.name("stringAttr49").getter(HugeFlatBean::getStringAttr49)
              .setter(HugeFlatBean::setStringAttr49))
          .addAttribute(String.class, a -> a.name("stringAttr50").getter(HugeFlatBean::getStringAttr50)
              .setter(HugeFlatBean::setStringAttr50))
          .addAttribute(String.class, a -> a.name("stringAttr51").getter(HugeFlatBean::getStringAttr51)
              .setter(HugeFlatBean::setStringAttr51))
          .addAttribute(String.class, a -> a.name("stringAttr52").getter(HugeFlatBean::getStringAttr52)
              .setter(HugeFlatBean::setStringAttr52))
          .addAttribute(String.class, a -> a.name("stringAttr53").getter(HugeFlatBean::getStringAttr53)
              .setter(HugeFlatBean::setStringAttr53))
          .addAttribute(String.class, a -> a.name("stringAttr54").getter(HugeFlatBean::getStringAttr54)
              .setter(HugeFlatBean::setStringAttr54))
          .addAttribute(String.class, a -> a.name("stringAttr55").getter(HugeFlatBean::getStringAttr55)
              .setter(HugeFlatBean::setStringAttr55))
          .addAttribute(String.class, a -> a.name("stringAttr56").getter(HugeFlatBean::getStringAttr56)
              .setter(HugeFlatBean::setStringAttr56))
          .addAttribute(String.class, a -> a.name("stringAttr57").getter(HugeFlatBean::getStringAttr57)
              .setter(HugeFlatBean::setStringAttr57))
          .addAttribute(String.class, a -> a.name("stringAttr58").getter(HugeFlatBean::getStringAttr58)
              .setter(HugeFlatBean::setStringAttr58))
          .addAttribute(String.class, a -> a.name("stringAttr59").getter(HugeFlatBean::getStringAttr59)
              .setter(HugeFlatBean::setStringAttr59))
          .addAttribute(String.class, a -> a.name("stringAttr60").getter(HugeFlatBean::getStringAttr60)
              .setter(HugeFlatBean::setStringAttr60))
          .addAttribute(String.class, a -> a.name("stringAttr61").getter(HugeFlatBean::getStringAttr61)
              .setter(HugeFlatBean::setStringAttr61))
          .addAttribute(String.class, a -> a.name("stringAttr62").getter(HugeFlatBean::getStringAttr62)
              .setter(HugeFlatBean::setStringAttr62))
          .addAttribute(String.class, a -> a.name("stringAttr63").getter(HugeFlatBean::getStringAttr63)
              .setter(HugeFlatBean::setStringAttr63))
          .build();

  /** The task, keys computed by getters as in {@link TaskBean}, version tagged for locking. */
  public static final TableSchema<TaskBean> TASK = StaticTableSchema.builder(TaskBean.class)
      .newItemSupplier(TaskBean::new)
      .addAttribute(String.class, a -> a.name("PK").getter(TaskBean::getPk).setter(TaskBean::setPk)
          .tags(primaryPartitionKey()))
      .addAttribute(String.class, a -> a.name("SK").getter(TaskBean::getSk).setter(TaskBean::setSk)
          .tags(primarySortKey()))
      .addAttribute(String.class, a -> a.name("GSI1PK").getter(TaskBean::getGsi1pk)
          .setter(TaskBean::setGsi1pk).tags(secondaryPartitionKey("GSI1")))
      .addAttribute(String.class, a -> a.name("GSI1SK").getter(TaskBean::getGsi1sk)
          .setter(TaskBean::setGsi1sk).tags(secondarySortKey("GSI1")))
      .addAttribute(String.class, a -> a.name("GSI2PK").getter(TaskBean::getGsi2pk)
          .setter(TaskBean::setGsi2pk).tags(secondaryPartitionKey("GSI2")))
      .addAttribute(String.class, a -> a.name("GSI2SK").getter(TaskBean::getGsi2sk)
          .setter(TaskBean::setGsi2sk).tags(secondarySortKey("GSI2")))
      .addAttribute(String.class, a -> a.name("_type").getter(TaskBean::getType)
          .setter(TaskBean::setType))
      .addAttribute(String.class, a -> a.name("projectId").getter(TaskBean::getProjectId)
          .setter(TaskBean::setProjectId))
      .addAttribute(String.class, a -> a.name("taskId").getter(TaskBean::getTaskId)
          .setter(TaskBean::setTaskId))
      .addAttribute(String.class, a -> a.name("title").getter(TaskBean::getTitle)
          .setter(TaskBean::setTitle))
      .addAttribute(TaskStatus.class, a -> a.name("status").getter(TaskBean::getStatus)
          .setter(TaskBean::setStatus))
      .addAttribute(Long.class, a -> a.name("priority").getter(TaskBean::getPriority)
          .setter(TaskBean::setPriority))
      .addAttribute(String.class, a -> a.name("assignee").getter(TaskBean::getAssignee)
          .setter(TaskBean::setAssignee))
      .addAttribute(EnhancedType.setOf(String.class), a -> a.name("labels")
          .getter(TaskBean::getLabels).setter(TaskBean::setLabels))
      .addAttribute(Integer.class, a -> a.name("points").getter(TaskBean::getPoints)
          .setter(TaskBean::setPoints))
      .addAttribute(Instant.class, a -> a.name("dueAt").getter(TaskBean::getDueAt)
          .setter(TaskBean::setDueAt))
      .addAttribute(Instant.class, a -> a.name("createdAt").getter(TaskBean::getCreatedAt)
          .setter(TaskBean::setCreatedAt))
      .addAttribute(Instant.class, a -> a.name("updatedAt").getter(TaskBean::getUpdatedAt)
          .setter(TaskBean::setUpdatedAt))
      .addAttribute(Long.class, a -> a.name("version").getter(TaskBean::getVersion)
          .setter(TaskBean::setVersion).tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
      .build();

  public static TinyBean bean(Tiny v) {
    TinyBean b = new TinyBean();
    b.setStringAttr(v.stringAttr());
    return b;
  }

  public static SmallBean bean(Small v) {
    SmallBean b = new SmallBean();
    b.setStringAttr(v.stringAttr());
    b.setBinaryAttr(v.binaryAttr());
    b.setListAttr(v.listAttr());
    return b;
  }

  public static HugeBean bean(Huge v) {
    HugeBean b = new HugeBean();
    b.setStringAttr(v.stringAttr());
    b.setHashKey(v.hashKey());
    b.setBinaryAttr(v.binaryAttr());
    b.setListAttr(v.listAttr());
    b.setMapAttr1(v.mapAttr1());
    b.setMapAttr2(v.mapAttr2());
    b.setMapAttr3(v.mapAttr3());
    return b;
  }

  public static HugeFlatBean bean(HugeFlat v) {
    HugeFlatBean b = new HugeFlatBean();
    b.setStringAttr1(v.stringAttr1());
    b.setStringAttr2(v.stringAttr2());
    b.setStringAttr3(v.stringAttr3());
    b.setStringAttr4(v.stringAttr4());
    b.setStringAttr5(v.stringAttr5());
    b.setStringAttr6(v.stringAttr6());
    b.setStringAttr7(v.stringAttr7());
    b.setStringAttr8(v.stringAttr8());
    b.setStringAttr9(v.stringAttr9());
    b.setStringAttr10(v.stringAttr10());
    b.setStringAttr11(v.stringAttr11());
    b.setStringAttr12(v.stringAttr12());
    b.setStringAttr13(v.stringAttr13());
    b.setStringAttr14(v.stringAttr14());
    b.setStringAttr15(v.stringAttr15());
    b.setStringAttr16(v.stringAttr16());
    b.setStringAttr17(v.stringAttr17());
    b.setStringAttr18(v.stringAttr18());
    b.setStringAttr19(v.stringAttr19());
    b.setStringAttr20(v.stringAttr20());
    b.setStringAttr21(v.stringAttr21());
    b.setStringAttr22(v.stringAttr22());
    b.setStringAttr23(v.stringAttr23());
    b.setStringAttr24(v.stringAttr24());
    b.setStringAttr25(v.stringAttr25());
    b.setStringAttr26(v.stringAttr26());
    b.setStringAttr27(v.stringAttr27());
    b.setStringAttr28(v.stringAttr28());
    b.setStringAttr29(v.stringAttr29());
    b.setStringAttr30(v.stringAttr30());
    b.setStringAttr31(v.stringAttr31());
    b.setStringAttr32(v.stringAttr32());
    b.setStringAttr33(v.stringAttr33());
    b.setStringAttr34(v.stringAttr34());
    b.setStringAttr35(v.stringAttr35());
    b.setStringAttr36(v.stringAttr36());
    b.setStringAttr37(v.stringAttr37());
    b.setStringAttr38(v.stringAttr38());
    b.setStringAttr39(v.stringAttr39());
    b.setStringAttr40(v.stringAttr40());
    b.setStringAttr41(v.stringAttr41());
    b.setStringAttr42(v.stringAttr42());
    b.setStringAttr43(v.stringAttr43());
    b.setStringAttr44(v.stringAttr44());
    b.setStringAttr45(v.stringAttr45());
    b.setStringAttr46(v.stringAttr46());
    b.setStringAttr47(v.stringAttr47());
    b.setStringAttr48(v.stringAttr48());
    b.setStringAttr49(v.stringAttr49());
    b.setStringAttr50(v.stringAttr50());
    b.setStringAttr51(v.stringAttr51());
    b.setStringAttr52(v.stringAttr52());
    b.setStringAttr53(v.stringAttr53());
    b.setStringAttr54(v.stringAttr54());
    b.setStringAttr55(v.stringAttr55());
    b.setStringAttr56(v.stringAttr56());
    b.setStringAttr57(v.stringAttr57());
    b.setStringAttr58(v.stringAttr58());
    b.setStringAttr59(v.stringAttr59());
    b.setStringAttr60(v.stringAttr60());
    b.setStringAttr61(v.stringAttr61());
    b.setStringAttr62(v.stringAttr62());
    b.setStringAttr63(v.stringAttr63());
    return b;
  }

  public static TaskBean bean(Task v) {
    TaskBean b = new TaskBean();
    b.setProjectId(v.projectId());
    b.setTaskId(v.taskId());
    b.setTitle(v.title());
    b.setStatus(v.status());
    b.setPriority(v.priority());
    b.setAssignee(v.assignee());
    b.setLabels(new LinkedHashSet<>(v.labels()));
    b.setPoints(v.points());
    b.setDueAt(v.dueAt());
    b.setCreatedAt(v.createdAt());
    b.setUpdatedAt(v.updatedAt());
    b.setVersion(v.version());
    return b;
  }

  /** @param b a task bean @return the same task as a generated value */
  public static Task value(TaskBean b) {
    Set<String> labels = b.getLabels() == null ? Set.of() : b.getLabels();
    return Task.builder().projectId(b.getProjectId()).taskId(b.getTaskId()).title(b.getTitle())
        .status(b.getStatus()).priority(b.getPriority()).assignee(b.getAssignee()).labels(labels)
        .points(b.getPoints()).dueAt(b.getDueAt()).createdAt(b.getCreatedAt())
        .updatedAt(b.getUpdatedAt()).version(b.getVersion()).build();
  }
}
