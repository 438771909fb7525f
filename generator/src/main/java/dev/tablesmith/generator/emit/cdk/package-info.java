/**
 * The infrastructure outputs of a model: a CDK construct in Java ({@link
 * dev.tablesmith.generator.emit.cdk.CdkEmitter}) and a plain CloudFormation template in JSON and
 * YAML ({@link dev.tablesmith.generator.emit.cdk.CloudFormationEmitter}), both declaring the table
 * exactly as the model does. Tests synthesize the construct with aws-cdk-lib and compare the two.
 */
package dev.tablesmith.generator.emit.cdk;
