package io.cloudgate.cloudwatch.alarms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.cloudwatch.alarms.model.AlarmJson;
import io.cloudgate.cloudwatch.alarms.model.AlarmRepository;
import software.amazon.awssdk.services.cloudwatch.model.SetAlarmStateRequest;
import software.amazon.awssdk.services.cloudwatch.model.SetAlarmStateResponse;

/**
 * Sets an alarm's state until the next evaluation; a change of value records history and runs the new
 * state's actions, as an evaluated transition would.
 */
final class SetAlarmState implements Operation<SetAlarmStateRequest, SetAlarmStateResponse> {
    private final AlarmContext alarms;

    SetAlarmState(AlarmContext alarms) {
        this.alarms = alarms;
    }

    @Override
    public SetAlarmStateResponse handle(SetAlarmStateRequest request, RequestContext context) {
        String name = Validation.required(request.alarmName(), "alarmName");
        Validation.length(name, "alarmName", 1, 255);
        String state = Validation.required(request.stateValueAsString(), "stateValue");
        AlarmErrors.enumValue(state, "stateValue", DescribeAlarms.STATES);
        String reason = Validation.required(request.stateReason(), "stateReason");
        Validation.length(reason, "stateReason", 0, 1023);
        Validation.length(request.stateReasonData(), "stateReasonData", 0, 4000);
        checkJson(request.stateReasonData());
        String account = context.principal().accountId();
        while (true) {
            AlarmRepository.Versioned read = alarms.alarms().find(account, name).orElseThrow(AlarmErrors::notFound);
            if (alarms.transitions().apply(read, state, reason, request.stateReasonData(), context.clock().instant(),
                    true)) {
                return SetAlarmStateResponse.builder().build();
            }
        }
    }

    private static void checkJson(String data) {
        if (data == null) {
            return;
        }
        try {
            JsonNode node = AlarmJson.MAPPER.readTree(data);
            if (node == null || !node.isObject()) {
                throw invalid();
            }
        } catch (JsonProcessingException e) {
            throw invalid();
        }
    }

    private static AwsException invalid() {
        return AwsException.badRequest("InvalidFormat", "The value for parameter StateReasonData is not a valid "
                + "JSON object.");
    }
}
