package com.example.bench.enhanced;

import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The SMALL shape as an Enhanced Client bean. */
@DynamoDbBean
public class SmallBean {
  private String stringAttr;
  private SdkBytes binaryAttr;
  private List<String> listAttr;

  @DynamoDbPartitionKey
  public String getStringAttr() {
    return stringAttr;
  }

  public void setStringAttr(String stringAttr) {
    this.stringAttr = stringAttr;
  }

  public SdkBytes getBinaryAttr() {
    return binaryAttr;
  }

  public void setBinaryAttr(SdkBytes binaryAttr) {
    this.binaryAttr = binaryAttr;
  }

  public List<String> getListAttr() {
    return listAttr;
  }

  public void setListAttr(List<String> listAttr) {
    this.listAttr = listAttr;
  }
}
