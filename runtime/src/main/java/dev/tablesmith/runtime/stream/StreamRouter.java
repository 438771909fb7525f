package dev.tablesmith.runtime.stream;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * Routes DynamoDB stream records (the SDK v2 model, as {@code DynamoDbStreamsClient.getRecords}
 * returns them) to typed handlers by entity type. Records are handled in the order given; a
 * handler's exception stops the batch (so a Lambda retries it). Records no route matches go to
 * the unrouted handler, which by default ignores them (items of other applications).
 *
 * <p>Lambda handlers receive {@code com.amazonaws.services.lambda.runtime.events.DynamodbEvent};
 * convert its records with {@code transformers.v2.DynamodbEventTransformer.toRecordsV2(event)} from
 * {@code com.amazonaws:aws-lambda-java-events-sdk-transformer} (see docs/runtime.md).
 */
public final class StreamRouter {

    private record Route<T>(String typeValue, Predicate<Map<String, AttributeValue>> matches,
            Function<Map<String, AttributeValue>, T> decoder, Consumer<StreamEvent<T>> handler) {

        void handle(software.amazon.awssdk.services.dynamodb.model.Record record, String type) {
            handler.accept(event(record, type, decoder));
        }
    }

    private final String typeAttribute;
    private final List<Route<?>> routes;
    private final Route<Map<String, AttributeValue>> unrouted;

    private StreamRouter(Builder builder) {
        this.typeAttribute = builder.typeAttribute;
        this.routes = List.copyOf(builder.routes);
        this.unrouted = builder.unrouted;
    }

    /**
     * @param entityTypeAttribute the table's entity-type attribute (such as {@code _type}), or
     *     null to route by predicates only
     * @return a builder with no routes
     */
    public static Builder builder(String entityTypeAttribute) {
        return new Builder(entityTypeAttribute);
    }

    /**
     * @param records stream records, in shard order
     */
    public void accept(List<software.amazon.awssdk.services.dynamodb.model.Record> records) {
        for (software.amazon.awssdk.services.dynamodb.model.Record record : records) {
            accept(record);
        }
    }

    /**
     * @param record one stream record
     */
    public void accept(software.amazon.awssdk.services.dynamodb.model.Record record) {
        StreamRecord data = record.dynamodb();
        Map<String, AttributeValue> image = data.hasNewImage() && !data.newImage().isEmpty()
                ? data.newImage() : data.hasOldImage() ? data.oldImage() : Map.of();
        AttributeValue typeValue = typeAttribute == null ? null : image.get(typeAttribute);
        String type = typeValue == null ? null : typeValue.s();
        for (Route<?> route : routes) {
            boolean matches = route.typeValue() != null ? route.typeValue().equals(type)
                    : route.matches().test(image);
            if (matches) {
                route.handle(record, type);
                return;
            }
        }
        unrouted.handle(record, type);
    }

    private static <T> StreamEvent<T> event(
            software.amazon.awssdk.services.dynamodb.model.Record record, String type,
            Function<Map<String, AttributeValue>, T> decoder) {
        StreamRecord data = record.dynamodb();
        Map<String, AttributeValue> oldImage = data.hasOldImage() ? data.oldImage() : Map.of();
        Map<String, AttributeValue> newImage = data.hasNewImage() ? data.newImage() : Map.of();
        return new StreamEvent<>(eventType(record.eventName()), type,
                data.hasKeys() ? data.keys() : Map.of(), oldImage, newImage,
                oldImage.isEmpty() ? null : decoder.apply(oldImage),
                newImage.isEmpty() ? null : decoder.apply(newImage),
                changed(oldImage, newImage), data.sequenceNumber());
    }

    private static StreamEvent.Type eventType(OperationType operation) {
        if (operation == null) {
            throw new IllegalArgumentException("stream record without an event name");
        }
        return switch (operation) {
            case INSERT -> StreamEvent.Type.INSERT;
            case MODIFY -> StreamEvent.Type.MODIFY;
            case REMOVE -> StreamEvent.Type.REMOVE;
            default -> throw new IllegalArgumentException("unknown stream event " + operation);
        };
    }

    private static Set<String> changed(Map<String, AttributeValue> before,
            Map<String, AttributeValue> after) {
        Set<String> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeIf(name -> Objects.equals(before.get(name), after.get(name)));
        return names;
    }

    /** Collects the routes of a {@link StreamRouter}. */
    public static final class Builder {
        private final String typeAttribute;
        private final List<Route<?>> routes = new ArrayList<>();
        private Route<Map<String, AttributeValue>> unrouted =
                new Route<>(null, image -> true, Function.identity(), event -> { });

        private Builder(String typeAttribute) {
            this.typeAttribute = typeAttribute;
        }

        /**
         * @param <T> the entity type
         * @param typeValue the entity-type attribute's value for this entity
         * @param decoder decodes an image (the entity's codec)
         * @param handler receives the entity's events
         * @return this builder
         */
        public <T> Builder route(String typeValue, Function<Map<String, AttributeValue>, T> decoder,
                Consumer<StreamEvent<T>> handler) {
            if (typeAttribute == null) {
                throw new IllegalStateException(
                        "routing by type value needs an entity-type attribute");
            }
            routes.add(new Route<>(Objects.requireNonNull(typeValue), null, decoder, handler));
            return this;
        }

        /**
         * @param <T> the entity type
         * @param matches recognizes the entity's images (for example by key template)
         * @param decoder decodes an image
         * @param handler receives the entity's events
         * @return this builder
         */
        public <T> Builder route(Predicate<Map<String, AttributeValue>> matches,
                Function<Map<String, AttributeValue>, T> decoder,
                Consumer<StreamEvent<T>> handler) {
            routes.add(new Route<>(null, Objects.requireNonNull(matches), decoder, handler));
            return this;
        }

        /**
         * @param handler receives records no route matched, undecoded
         * @return this builder
         */
        public Builder unrouted(Consumer<StreamEvent<Map<String, AttributeValue>>> handler) {
            unrouted = new Route<>(null, image -> true, Function.identity(), handler);
            return this;
        }

        /** @return the router */
        public StreamRouter build() {
            return new StreamRouter(this);
        }
    }
}
