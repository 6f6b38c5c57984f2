package io.cloudgate.protocol.schema;

public enum TimestampFormat {
    DATE_TIME, HTTP_DATE, EPOCH_SECONDS
}
