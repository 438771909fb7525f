package com.example.demo;

import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Reads every record of a table's stream so far, in shard order (what a Lambda would receive). */
public final class StreamRecords {
  private StreamRecords() {}

  /** @param dynamo the server @param table the table @return its stream records */
  public static List<Record> read(LocalDynamoDb dynamo, String table) {
    DynamoDbStreamsClient streams = dynamo.streamsClient();
    String arn = dynamo.client().describeTable(b -> b.tableName(table)).table().latestStreamArn();
    List<Record> records = new ArrayList<>();
    for (Shard shard : streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()) {
      String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
          .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
      while (iterator != null) {
        String current = iterator;
        GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(current));
        records.addAll(page.records());
        iterator = page.records().isEmpty() ? null : page.nextShardIterator();
      }
    }
    return records;
  }
}
