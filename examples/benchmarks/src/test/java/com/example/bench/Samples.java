package com.example.bench;

import com.example.bench.huge.Huge;
import com.example.bench.hugeflat.HugeFlat;
import com.example.bench.small.Small;
import com.example.bench.tiny.Tiny;
import com.example.bench.work.Task;
import com.example.bench.work.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.core.SdkBytes;

/**
 * The values every benchmark contender encodes, decodes or is handed back: the AWS SDK
 * enhanced-client benchmarks' shapes (ItemFactory: 16-letter strings, 16-byte binaries, the same
 * list and map sizes) and the 12-attribute task. Seeded, so every fork and every contender sees
 * the same data.
 */
public final class Samples {
  private static final String ALPHA = "abcdefghijklmnopqrstuvwxyz";

  private final Random random = new Random(20261121L);

  private Samples() {}

  /** @return fresh samples; the same values on every call */
  public static Samples create() {
    return new Samples();
  }

  /** @return the TINY shape: one string */
  public Tiny tiny() {
    return Tiny.builder().stringAttr(text()).build();
  }

  /** @return the SMALL shape: a string, a binary, a list of three strings */
  public Small small() {
    return Small.builder().stringAttr(text()).binaryAttr(bytes())
        .listAttr(List.of(text(), text(), text())).build();
  }

  /** @return the HUGE shape: strings, a binary, a list of 31 strings and three nested maps */
  public Huge huge() {
    List<String> list = new ArrayList<>();
    for (int i = 0; i < 31; i++) {
      list.add(text());
    }
    Map<String, SdkBytes> map1 = new LinkedHashMap<>();
    for (int i = 1; i <= 3; i++) {
      map1.put("key" + i, bytes());
    }
    Map<String, List<SdkBytes>> map2 = new LinkedHashMap<>();
    int[] sizes = {1, 2, 4, 8, 16};
    for (int i = 0; i < sizes.length; i++) {
      map2.put("key" + (i + 1), bytesList(sizes[i]));
    }
    List<Map<String, List<SdkBytes>>> value = List.of(Map.of("key1", bytesList(2)),
        Map.of("key2", bytesList(4)), Map.of("key3", bytesList(8)));
    Map<String, List<Map<String, List<SdkBytes>>>> map3 = new LinkedHashMap<>();
    map3.put("key1", value);
    map3.put("key2", value);
    return Huge.builder().hashKey(text()).stringAttr(text()).binaryAttr(bytes()).listAttr(list)
        .mapAttr1(map1).mapAttr2(map2).mapAttr3(map3).build();
  }

  /** @return the HUGE_FLAT shape: 63 strings */
  public HugeFlat hugeFlat() {
    return HugeFlat.builder()
        .stringAttr1(text()).stringAttr2(text()).stringAttr3(text()).stringAttr4(text())
        .stringAttr5(text()).stringAttr6(text()).stringAttr7(text()).stringAttr8(text())
        .stringAttr9(text()).stringAttr10(text()).stringAttr11(text()).stringAttr12(text())
        .stringAttr13(text()).stringAttr14(text()).stringAttr15(text()).stringAttr16(text())
        .stringAttr17(text()).stringAttr18(text()).stringAttr19(text()).stringAttr20(text())
        .stringAttr21(text()).stringAttr22(text()).stringAttr23(text()).stringAttr24(text())
        .stringAttr25(text()).stringAttr26(text()).stringAttr27(text()).stringAttr28(text())
        .stringAttr29(text()).stringAttr30(text()).stringAttr31(text()).stringAttr32(text())
        .stringAttr33(text()).stringAttr34(text()).stringAttr35(text()).stringAttr36(text())
        .stringAttr37(text()).stringAttr38(text()).stringAttr39(text()).stringAttr40(text())
        .stringAttr41(text()).stringAttr42(text()).stringAttr43(text()).stringAttr44(text())
        .stringAttr45(text()).stringAttr46(text()).stringAttr47(text()).stringAttr48(text())
        .stringAttr49(text()).stringAttr50(text()).stringAttr51(text()).stringAttr52(text())
        .stringAttr53(text()).stringAttr54(text()).stringAttr55(text()).stringAttr56(text())
        .stringAttr57(text()).stringAttr58(text()).stringAttr59(text()).stringAttr60(text())
        .stringAttr61(text()).stringAttr62(text()).stringAttr63(text()).build();
  }

  /**
   * @return the 12-attribute task, as a stored one: assigned (so it is in the sparse GSI1),
   *     three labels, timestamps with milliseconds, version 7
   */
  public Task task() {
    return Task.builder().projectId("proj-" + text().substring(0, 6)).taskId("task-000042")
        .title("Write the quarterly report for the " + text().substring(0, 8) + " team")
        .status(TaskStatus.IN_PROGRESS).priority(42).assignee("alice")
        .labels(new LinkedHashSet<>(List.of("backend", "urgent", "q3"))).points(5)
        .dueAt(Instant.parse("2026-12-01T12:00:00.123Z"))
        .createdAt(Instant.parse("2026-11-02T08:30:15.250Z"))
        .updatedAt(Instant.parse("2026-11-21T10:15:30.500Z")).version(7).build();
  }

  private String text() {
    char[] c = new char[16];
    for (int i = 0; i < c.length; i++) {
      c[i] = ALPHA.charAt(random.nextInt(ALPHA.length()));
    }
    return new String(c);
  }

  private SdkBytes bytes() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return SdkBytes.fromByteArray(b);
  }

  private List<SdkBytes> bytesList(int n) {
    List<SdkBytes> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(bytes());
    }
    return out;
  }
}
