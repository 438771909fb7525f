package com.example.bench.enhanced;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The TINY shape as an Enhanced Client bean. */
@DynamoDbBean
public class TinyBean {
  private String stringAttr;

  @DynamoDbPartitionKey
  public String getStringAttr() {
    return stringAttr;
  }

  public void setStringAttr(String stringAttr) {
    this.stringAttr = stringAttr;
  }
}
