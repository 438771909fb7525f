package com.example.bench.coldstart;

import java.math.BigDecimal;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * Written by FiftyEntities; do not edit. The entities of fifty.tablesmith.yaml as Enhanced
 * Client beans: keys computed by getters, as in TaskBean.
 */
public final class FiftyBeans {
  private FiftyBeans() {}

  /** The status every entity has. */
  public enum Status { NEW, ACTIVE, CLOSED }

  /** All the bean classes, in entity order. */
  public static final Class<?>[] ALL = {
    E0.class,
    E1.class,
    E2.class,
    E3.class,
    E4.class,
    E5.class,
    E6.class,
    E7.class,
    E8.class,
    E9.class,
    E10.class,
    E11.class,
    E12.class,
    E13.class,
    E14.class,
    E15.class,
    E16.class,
    E17.class,
    E18.class,
    E19.class,
    E20.class,
    E21.class,
    E22.class,
    E23.class,
    E24.class,
    E25.class,
    E26.class,
    E27.class,
    E28.class,
    E29.class,
    E30.class,
    E31.class,
    E32.class,
    E33.class,
    E34.class,
    E35.class,
    E36.class,
    E37.class,
    E38.class,
    E39.class,
    E40.class,
    E41.class,
    E42.class,
    E43.class,
    E44.class,
    E45.class,
    E46.class,
    E47.class,
    E48.class,
    E49.class,
  };

  /** Entity0. */
  @DynamoDbBean
  public static class E0 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E0#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E0#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E0#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity0"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity1. */
  @DynamoDbBean
  public static class E1 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E1#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E1#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E1#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity1"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity2. */
  @DynamoDbBean
  public static class E2 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E2#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E2#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E2#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity2"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity3. */
  @DynamoDbBean
  public static class E3 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E3#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E3#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E3#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity3"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity4. */
  @DynamoDbBean
  public static class E4 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E4#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E4#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E4#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity4"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity5. */
  @DynamoDbBean
  public static class E5 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E5#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E5#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E5#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity5"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity6. */
  @DynamoDbBean
  public static class E6 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E6#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E6#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E6#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity6"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity7. */
  @DynamoDbBean
  public static class E7 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E7#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E7#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E7#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity7"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity8. */
  @DynamoDbBean
  public static class E8 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E8#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E8#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E8#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity8"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity9. */
  @DynamoDbBean
  public static class E9 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E9#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E9#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E9#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity9"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity10. */
  @DynamoDbBean
  public static class E10 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E10#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E10#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E10#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity10"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity11. */
  @DynamoDbBean
  public static class E11 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E11#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E11#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E11#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity11"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity12. */
  @DynamoDbBean
  public static class E12 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E12#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E12#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E12#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity12"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity13. */
  @DynamoDbBean
  public static class E13 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E13#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E13#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E13#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity13"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity14. */
  @DynamoDbBean
  public static class E14 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E14#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E14#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E14#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity14"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity15. */
  @DynamoDbBean
  public static class E15 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E15#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E15#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E15#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity15"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity16. */
  @DynamoDbBean
  public static class E16 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E16#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E16#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E16#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity16"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity17. */
  @DynamoDbBean
  public static class E17 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E17#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E17#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E17#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity17"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity18. */
  @DynamoDbBean
  public static class E18 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E18#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E18#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E18#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity18"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity19. */
  @DynamoDbBean
  public static class E19 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E19#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E19#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E19#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity19"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity20. */
  @DynamoDbBean
  public static class E20 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E20#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E20#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E20#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity20"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity21. */
  @DynamoDbBean
  public static class E21 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E21#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E21#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E21#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity21"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity22. */
  @DynamoDbBean
  public static class E22 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E22#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E22#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E22#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity22"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity23. */
  @DynamoDbBean
  public static class E23 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E23#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E23#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E23#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity23"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity24. */
  @DynamoDbBean
  public static class E24 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E24#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E24#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E24#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity24"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity25. */
  @DynamoDbBean
  public static class E25 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E25#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E25#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E25#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity25"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity26. */
  @DynamoDbBean
  public static class E26 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E26#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E26#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E26#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity26"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity27. */
  @DynamoDbBean
  public static class E27 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E27#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E27#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E27#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity27"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity28. */
  @DynamoDbBean
  public static class E28 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E28#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E28#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E28#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity28"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity29. */
  @DynamoDbBean
  public static class E29 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E29#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E29#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E29#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity29"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity30. */
  @DynamoDbBean
  public static class E30 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E30#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E30#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E30#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity30"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity31. */
  @DynamoDbBean
  public static class E31 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E31#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E31#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E31#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity31"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity32. */
  @DynamoDbBean
  public static class E32 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E32#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E32#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E32#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity32"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity33. */
  @DynamoDbBean
  public static class E33 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E33#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E33#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E33#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity33"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity34. */
  @DynamoDbBean
  public static class E34 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E34#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E34#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E34#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity34"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity35. */
  @DynamoDbBean
  public static class E35 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E35#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E35#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E35#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity35"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity36. */
  @DynamoDbBean
  public static class E36 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E36#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E36#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E36#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity36"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity37. */
  @DynamoDbBean
  public static class E37 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E37#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E37#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E37#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity37"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity38. */
  @DynamoDbBean
  public static class E38 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E38#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E38#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E38#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity38"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity39. */
  @DynamoDbBean
  public static class E39 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E39#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E39#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E39#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity39"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity40. */
  @DynamoDbBean
  public static class E40 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E40#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E40#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E40#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity40"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity41. */
  @DynamoDbBean
  public static class E41 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E41#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E41#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E41#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity41"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity42. */
  @DynamoDbBean
  public static class E42 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E42#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E42#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E42#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity42"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity43. */
  @DynamoDbBean
  public static class E43 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E43#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E43#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E43#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity43"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity44. */
  @DynamoDbBean
  public static class E44 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E44#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E44#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E44#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity44"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity45. */
  @DynamoDbBean
  public static class E45 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E45#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E45#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E45#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity45"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity46. */
  @DynamoDbBean
  public static class E46 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E46#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "PARENT#" + parentId; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return "E46#" + createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "E46#STATUS#" + status; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity46"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity47. */
  @DynamoDbBean
  public static class E47 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E47#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4PK")
    public String getGsi4pk() { return "PARENT#" + parentId; }
    public void setGsi4pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI4")
    @DynamoDbAttribute("GSI4SK")
    public String getGsi4sk() { return "E47#" + createdAt + "#" + id; }
    public void setGsi4sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "E47#STATUS#" + status; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity47"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity48. */
  @DynamoDbBean
  public static class E48 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E48#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1PK")
    public String getGsi1pk() { return "PARENT#" + parentId; }
    public void setGsi1pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI1")
    @DynamoDbAttribute("GSI1SK")
    public String getGsi1sk() { return "E48#" + createdAt + "#" + id; }
    public void setGsi1sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "E48#STATUS#" + status; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity48"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }

  /** Entity49. */
  @DynamoDbBean
  public static class E49 {
    private String id;
    private String parentId;
    private Status status;
    private Instant createdAt;
    private BigDecimal amount;
    private String note;
    private Long version;
    @DynamoDbPartitionKey
    @DynamoDbAttribute("PK")
    public String getPk() { return "E49#" + id; }
    public void setPk(String computed) { }
    @DynamoDbSortKey
    @DynamoDbAttribute("SK")
    public String getSk() { return "META"; }
    public void setSk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2PK")
    public String getGsi2pk() { return "PARENT#" + parentId; }
    public void setGsi2pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI2")
    @DynamoDbAttribute("GSI2SK")
    public String getGsi2sk() { return "E49#" + createdAt + "#" + id; }
    public void setGsi2sk(String computed) { }
    @DynamoDbSecondaryPartitionKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3PK")
    public String getGsi3pk() { return "E49#STATUS#" + status; }
    public void setGsi3pk(String computed) { }
    @DynamoDbSecondarySortKey(indexNames = "GSI3")
    @DynamoDbAttribute("GSI3SK")
    public String getGsi3sk() { return createdAt + "#" + id; }
    public void setGsi3sk(String computed) { }
    @DynamoDbAttribute("_type")
    public String getType() { return "Entity49"; }
    public void setType(String computed) { }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    @DynamoDbVersionAttribute
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
  }
}
