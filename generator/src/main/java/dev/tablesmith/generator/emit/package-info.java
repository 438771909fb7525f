/**
 * What the emitters share. {@code emit.java} writes the typed API, {@code emit.cdk} the CDK
 * construct and CloudFormation template, {@code emit.docs} the review documents.
 */
package dev.tablesmith.generator.emit;
