package com.example.bench.baseline;

import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.createS;

import com.example.bench.hugeflat.HugeFlat;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The hand-written baseline for the HUGE_FLAT shape: 63 strings, one line each. */
public final class HandWrittenFlat {
  private HandWrittenFlat() {}

  public static Map<String, AttributeValue> encode(HugeFlat v) {
    Map<String, AttributeValue> item = new HashMap<>(HandWritten.capacity(63));
    item.put("stringAttr1", createS(v.stringAttr1()));
    item.put("stringAttr2", createS(v.stringAttr2()));
    item.put("stringAttr3", createS(v.stringAttr3()));
    item.put("stringAttr4", createS(v.stringAttr4()));
    item.put("stringAttr5", createS(v.stringAttr5()));
    item.put("stringAttr6", createS(v.stringAttr6()));
    item.put("stringAttr7", createS(v.stringAttr7()));
    item.put("stringAttr8", createS(v.stringAttr8()));
    item.put("stringAttr9", createS(v.stringAttr9()));
    item.put("stringAttr10", createS(v.stringAttr10()));
    item.put("stringAttr11", createS(v.stringAttr11()));
    item.put("stringAttr12", createS(v.stringAttr12()));
    item.put("stringAttr13", createS(v.stringAttr13()));
    item.put("stringAttr14", createS(v.stringAttr14()));
    item.put("stringAttr15", createS(v.stringAttr15()));
    item.put("stringAttr16", createS(v.stringAttr16()));
    item.put("stringAttr17", createS(v.stringAttr17()));
    item.put("stringAttr18", createS(v.stringAttr18()));
    item.put("stringAttr19", createS(v.stringAttr19()));
    item.put("stringAttr20", createS(v.stringAttr20()));
    item.put("stringAttr21", createS(v.stringAttr21()));
    item.put("stringAttr22", createS(v.stringAttr22()));
    item.put("stringAttr23", createS(v.stringAttr23()));
    item.put("stringAttr24", createS(v.stringAttr24()));
    item.put("stringAttr25", createS(v.stringAttr25()));
    item.put("stringAttr26", createS(v.stringAttr26()));
    item.put("stringAttr27", createS(v.stringAttr27()));
    item.put("stringAttr28", createS(v.stringAttr28()));
    item.put("stringAttr29", createS(v.stringAttr29()));
    item.put("stringAttr30", createS(v.stringAttr30()));
    item.put("stringAttr31", createS(v.stringAttr31()));
    item.put("stringAttr32", createS(v.stringAttr32()));
    item.put("stringAttr33", createS(v.stringAttr33()));
    item.put("stringAttr34", createS(v.stringAttr34()));
    item.put("stringAttr35", createS(v.stringAttr35()));
    item.put("stringAttr36", createS(v.stringAttr36()));
    item.put("stringAttr37", createS(v.stringAttr37()));
    item.put("stringAttr38", createS(v.stringAttr38()));
    item.put("stringAttr39", createS(v.stringAttr39()));
    item.put("stringAttr40", createS(v.stringAttr40()));
    item.put("stringAttr41", createS(v.stringAttr41()));
    item.put("stringAttr42", createS(v.stringAttr42()));
    item.put("stringAttr43", createS(v.stringAttr43()));
    item.put("stringAttr44", createS(v.stringAttr44()));
    item.put("stringAttr45", createS(v.stringAttr45()));
    item.put("stringAttr46", createS(v.stringAttr46()));
    item.put("stringAttr47", createS(v.stringAttr47()));
    item.put("stringAttr48", createS(v.stringAttr48()));
    item.put("stringAttr49", createS(v.stringAttr49()));
    item.put("stringAttr50", createS(v.stringAttr50()));
    item.put("stringAttr51", createS(v.stringAttr51()));
    item.put("stringAttr52", createS(v.stringAttr52()));
    item.put("stringAttr53", createS(v.stringAttr53()));
    item.put("stringAttr54", createS(v.stringAttr54()));
    item.put("stringAttr55", createS(v.stringAttr55()));
    item.put("stringAttr56", createS(v.stringAttr56()));
    item.put("stringAttr57", createS(v.stringAttr57()));
    item.put("stringAttr58", createS(v.stringAttr58()));
    item.put("stringAttr59", createS(v.stringAttr59()));
    item.put("stringAttr60", createS(v.stringAttr60()));
    item.put("stringAttr61", createS(v.stringAttr61()));
    item.put("stringAttr62", createS(v.stringAttr62()));
    item.put("stringAttr63", createS(v.stringAttr63()));
    return item;
  }

  public static HugeFlat decode(Map<String, AttributeValue> item) {
    return HugeFlat.builder()
        .stringAttr1(item.get("stringAttr1").s())
        .stringAttr2(item.get("stringAttr2").s())
        .stringAttr3(item.get("stringAttr3").s())
        .stringAttr4(item.get("stringAttr4").s())
        .stringAttr5(item.get("stringAttr5").s())
        .stringAttr6(item.get("stringAttr6").s())
        .stringAttr7(item.get("stringAttr7").s())
        .stringAttr8(item.get("stringAttr8").s())
        .stringAttr9(item.get("stringAttr9").s())
        .stringAttr10(item.get("stringAttr10").s())
        .stringAttr11(item.get("stringAttr11").s())
        .stringAttr12(item.get("stringAttr12").s())
        .stringAttr13(item.get("stringAttr13").s())
        .stringAttr14(item.get("stringAttr14").s())
        .stringAttr15(item.get("stringAttr15").s())
        .stringAttr16(item.get("stringAttr16").s())
        .stringAttr17(item.get("stringAttr17").s())
        .stringAttr18(item.get("stringAttr18").s())
        .stringAttr19(item.get("stringAttr19").s())
        .stringAttr20(item.get("stringAttr20").s())
        .stringAttr21(item.get("stringAttr21").s())
        .stringAttr22(item.get("stringAttr22").s())
        .stringAttr23(item.get("stringAttr23").s())
        .stringAttr24(item.get("stringAttr24").s())
        .stringAttr25(item.get("stringAttr25").s())
        .stringAttr26(item.get("stringAttr26").s())
        .stringAttr27(item.get("stringAttr27").s())
        .stringAttr28(item.get("stringAttr28").s())
        .stringAttr29(item.get("stringAttr29").s())
        .stringAttr30(item.get("stringAttr30").s())
        .stringAttr31(item.get("stringAttr31").s())
        .stringAttr32(item.get("stringAttr32").s())
        .stringAttr33(item.get("stringAttr33").s())
        .stringAttr34(item.get("stringAttr34").s())
        .stringAttr35(item.get("stringAttr35").s())
        .stringAttr36(item.get("stringAttr36").s())
        .stringAttr37(item.get("stringAttr37").s())
        .stringAttr38(item.get("stringAttr38").s())
        .stringAttr39(item.get("stringAttr39").s())
        .stringAttr40(item.get("stringAttr40").s())
        .stringAttr41(item.get("stringAttr41").s())
        .stringAttr42(item.get("stringAttr42").s())
        .stringAttr43(item.get("stringAttr43").s())
        .stringAttr44(item.get("stringAttr44").s())
        .stringAttr45(item.get("stringAttr45").s())
        .stringAttr46(item.get("stringAttr46").s())
        .stringAttr47(item.get("stringAttr47").s())
        .stringAttr48(item.get("stringAttr48").s())
        .stringAttr49(item.get("stringAttr49").s())
        .stringAttr50(item.get("stringAttr50").s())
        .stringAttr51(item.get("stringAttr51").s())
        .stringAttr52(item.get("stringAttr52").s())
        .stringAttr53(item.get("stringAttr53").s())
        .stringAttr54(item.get("stringAttr54").s())
        .stringAttr55(item.get("stringAttr55").s())
        .stringAttr56(item.get("stringAttr56").s())
        .stringAttr57(item.get("stringAttr57").s())
        .stringAttr58(item.get("stringAttr58").s())
        .stringAttr59(item.get("stringAttr59").s())
        .stringAttr60(item.get("stringAttr60").s())
        .stringAttr61(item.get("stringAttr61").s())
        .stringAttr62(item.get("stringAttr62").s())
        .stringAttr63(item.get("stringAttr63").s())
        .build();
  }
}
