package io.cloudgate.protocol.smithy;

import io.cloudgate.protocol.schema.HttpBinding;
import io.cloudgate.protocol.schema.Location;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.schema.XmlNamespace;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.smithy.aws.traits.auth.SigV4Trait;
import software.amazon.smithy.aws.traits.protocols.AwsQueryCompatibleTrait;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.model.traits.DefaultTrait;
import software.amazon.smithy.model.traits.HttpHeaderTrait;
import software.amazon.smithy.model.traits.HttpPrefixHeadersTrait;
import software.amazon.smithy.model.traits.HttpQueryTrait;
import software.amazon.smithy.model.traits.HttpTrait;
import software.amazon.smithy.model.traits.TimestampFormatTrait;
import software.amazon.smithy.model.traits.UnitTypeTrait;
import software.amazon.smithy.model.traits.XmlNameTrait;
import software.amazon.smithy.model.traits.XmlNamespaceTrait;

/**
 * The Smithy-model source of schemas: one instance per (service, protocol), since member names are resolved
 * for the protocol. Schemas are cached per shape so recursive shapes resolve to the same objects.
 */
final class SmithySchemas {
    private final Model model;
    private final ServiceShape service;
    private final ProtocolNaming naming;
    private final Map<ShapeId, SmithySchema> schemas = new HashMap<>();
    private final Map<ShapeId, SmithyMember> members = new HashMap<>();
    /** URI pattern of the operation taking each input structure: tells greedy labels apart and marks inputs. */
    private final Map<ShapeId, String> uriByInput = new HashMap<>();

    SmithySchemas(Model model, ServiceShape service, String protocolId) {
        this.model = model;
        this.service = service;
        this.naming = ProtocolNaming.forProtocol(protocolId);
        for (OperationShape operation : TopDownIndex.of(model).getContainedOperations(service)) {
            uriByInput.put(operation.getInputShape(),
                    operation.getTrait(HttpTrait.class).map(http -> http.getUri().toString()).orElse(""));
        }
    }

    Model model() {
        return model;
    }

    ServiceSchema serviceSchema() {
        Map<String, OperationSchema> operations = new LinkedHashMap<>();
        for (OperationShape operation : TopDownIndex.of(model).getContainedOperations(service)) {
            operations.put(operation.getId().getName(), operationSchema(operation));
        }
        String signingName = service.getTrait(SigV4Trait.class).map(SigV4Trait::getName).orElse(service.getId().getName());
        String namespace = service.getTrait(XmlNamespaceTrait.class).map(XmlNamespaceTrait::getUri).orElse(null);
        return new ServiceSchema(signingName, service.getVersion(), namespace, service.getId().getName(),
                service.hasTrait(AwsQueryCompatibleTrait.class), operations);
    }

    OperationSchema operationSchema(OperationShape operation) {
        HttpBinding http = naming.usesHttpBindings()
                ? operation.getTrait(HttpTrait.class)
                        .map(t -> new HttpBinding(t.getMethod(), t.getUri().toString(), t.getCode()))
                        .orElse(null)
                : null;
        return new OperationSchema(operation.getId().getName(), structure(operation.getInput()),
                structure(operation.getOutput()), http);
    }

    private SmithySchema structure(Optional<ShapeId> id) {
        return id.filter(shapeId -> !shapeId.equals(UnitTypeTrait.UNIT)).map(this::schema).orElse(null);
    }

    synchronized SmithySchema schema(ShapeId id) {
        SmithySchema existing = schemas.get(id);
        if (existing != null) {
            return existing;
        }
        Shape shape = model.expectShape(id);
        SmithySchema created = new SmithySchema(this, shape, shapeType(shape));
        schemas.put(id, created);
        return created;
    }

    /** collectionName is the element name of a list member or map key/value ("member", "key", "value"). */
    synchronized SmithyMember member(MemberShape shape, String collectionName) {
        return members.computeIfAbsent(shape.getId(), id -> createMember(shape, collectionName));
    }

    private SmithyMember createMember(MemberShape shape, String collectionName) {
        String requestName = naming.requestName(shape);
        String responseName = naming.responseName(shape);
        if (collectionName != null) {
            requestName = shape.getTrait(XmlNameTrait.class).map(XmlNameTrait::getValue).orElse(collectionName);
            responseName = requestName;
        }
        Location location = naming.usesHttpBindings() ? location(shape) : Location.BODY;
        return new SmithyMember(this, shape, requestName, responseName, location, locationName(shape, location),
                timestampFormat(shape));
    }

    Object defaultValue(SmithyMember member) {
        Node node = member.shape().getTrait(DefaultTrait.class).map(DefaultTrait::toNode).orElse(null);
        if (node == null || node.isNullNode()) {
            return null;
        }
        SmithySchema target = schema(member.shape().getTarget());
        if (target.type() == ShapeType.BLOB) {
            // Blob defaults are written base64-encoded in the model, unlike blob values in test params.
            return Base64.getDecoder().decode(node.expectStringNode().getValue());
        }
        return NodeValues.toValue(node, target);
    }

    /** Query and label bindings mean nothing outside an operation input; such members travel in the body. */
    private Location location(MemberShape shape) {
        boolean input = uriByInput.containsKey(shape.getContainer());
        if (shape.hasTrait("smithy.api#httpHeader")) {
            return Location.HEADER;
        } else if (input && shape.hasTrait("smithy.api#httpQuery")) {
            return Location.QUERY;
        } else if (input && shape.hasTrait("smithy.api#httpLabel")) {
            String uri = uriByInput.getOrDefault(shape.getContainer(), "");
            return uri.contains("{" + shape.getMemberName() + "+}") ? Location.GREEDY_LABEL : Location.LABEL;
        } else if (shape.hasTrait("smithy.api#httpPayload")) {
            return Location.PAYLOAD;
        } else if (shape.hasTrait("smithy.api#httpPrefixHeaders")) {
            return Location.PREFIX_HEADERS;
        } else if (input && shape.hasTrait("smithy.api#httpQueryParams")) {
            return Location.QUERY_PARAMS;
        } else if (shape.hasTrait("smithy.api#httpResponseCode")) {
            return Location.STATUS_CODE;
        }
        return Location.BODY;
    }

    private static String locationName(MemberShape shape, Location location) {
        return switch (location) {
            case HEADER -> shape.expectTrait(HttpHeaderTrait.class).getValue();
            case QUERY -> shape.expectTrait(HttpQueryTrait.class).getValue();
            case PREFIX_HEADERS -> shape.expectTrait(HttpPrefixHeadersTrait.class).getValue();
            case LABEL, GREEDY_LABEL -> shape.getMemberName();
            default -> null;
        };
    }

    private TimestampFormat timestampFormat(MemberShape shape) {
        Optional<TimestampFormatTrait> trait = shape.getTrait(TimestampFormatTrait.class)
                .or(() -> model.expectShape(shape.getTarget()).getTrait(TimestampFormatTrait.class));
        return trait.map(t -> switch (t.getValue()) {
            case TimestampFormatTrait.DATE_TIME -> TimestampFormat.DATE_TIME;
            case TimestampFormatTrait.HTTP_DATE -> TimestampFormat.HTTP_DATE;
            default -> TimestampFormat.EPOCH_SECONDS;
        }).orElse(null);
    }

    static XmlNamespace namespace(Shape shape) {
        return shape.getTrait(XmlNamespaceTrait.class)
                .map(t -> new XmlNamespace(t.getUri(), t.getPrefix().orElse(null)))
                .orElse(null);
    }

    private static ShapeType shapeType(Shape shape) {
        return switch (shape.getType()) {
            case BLOB -> ShapeType.BLOB;
            case BOOLEAN -> ShapeType.BOOLEAN;
            case DOCUMENT -> ShapeType.DOCUMENT;
            case STRING, ENUM -> ShapeType.STRING;
            case TIMESTAMP -> ShapeType.TIMESTAMP;
            case BYTE -> ShapeType.BYTE;
            case SHORT -> ShapeType.SHORT;
            case INTEGER, INT_ENUM -> ShapeType.INTEGER;
            case LONG -> ShapeType.LONG;
            case FLOAT -> ShapeType.FLOAT;
            case DOUBLE -> ShapeType.DOUBLE;
            case BIG_DECIMAL -> ShapeType.BIG_DECIMAL;
            case BIG_INTEGER -> ShapeType.BIG_INTEGER;
            case LIST, SET -> ShapeType.LIST;
            case MAP -> ShapeType.MAP;
            case STRUCTURE -> ShapeType.STRUCTURE;
            case UNION -> ShapeType.UNION;
            default -> throw new IllegalArgumentException("Not a data shape: " + shape.getId());
        };
    }
}
