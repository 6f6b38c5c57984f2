package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Account;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One verified API call: its parameters and the account it acts for, which is the one named by {@code account}
 * and {@code domainid} (an admin acting for it) or else the admin the keys belong to.
 */
final class FakeRequest {
    private static final int MAX_PAGE_SIZE = 500;

    private final String command;
    private final Map<String, String> params;
    private final FakeState state;
    private final Account caller;

    FakeRequest(String command, Map<String, String> params, FakeState state) {
        this.command = command;
        this.params = params;
        this.state = state;
        String accountName = params.get("account");
        if (accountName == null) {
            caller = state.admin;
        } else {
            Account account = state.accounts.get(accountName);
            if (account == null || !account.domainId.equals(params.get("domainid"))) {
                throw FakeApiError.invalid("Unable to find account " + accountName + " in domain id="
                        + params.get("domainid"));
            }
            caller = account;
        }
    }

    String command() {
        return command;
    }

    FakeState state() {
        return state;
    }

    Account caller() {
        return caller;
    }

    /** Whether the admin asked for every account's resources. */
    boolean listAll() {
        return caller == state.admin && params.get("account") == null && bool("listall");
    }

    String text(String name) {
        String value = params.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    String require(String name) {
        String value = text(name);
        if (value == null) {
            throw FakeApiError.missing(command, name);
        }
        return value;
    }

    boolean bool(String name) {
        return "true".equalsIgnoreCase(params.get(name));
    }

    Long number(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new FakeApiError(431, 9999, "Unable to execute API command " + command.toLowerCase(Locale.ROOT)
                    + " due to invalid value " + value + " for parameter " + name);
        }
    }

    /** A list answer: {@code count} and the array, one page of it when asked; no fields at all when empty. */
    ObjectNode list(String array, List<ObjectNode> items) {
        Long pageSize = number("pagesize");
        Long page = number("page");
        if (page != null && pageSize == null) {
            throw new FakeApiError(431, 9999, "\"pagesize\" parameter is required when \"page\" is specified");
        }
        if (pageSize != null && pageSize > MAX_PAGE_SIZE) {
            throw FakeApiError.invalid("Page size can't exceed max allowed page size value: " + MAX_PAGE_SIZE);
        }
        ObjectNode answer = FakeRender.JSON.createObjectNode();
        if (items.isEmpty()) {
            return answer;
        }
        List<ObjectNode> shown = items;
        if (pageSize != null) {
            int from = (int) Math.min(items.size(), (Math.max(1, page == null ? 1 : page) - 1) * pageSize);
            shown = items.subList(from, (int) Math.min(items.size(), from + pageSize));
        }
        answer.put("count", items.size());
        if (!shown.isEmpty()) {
            ArrayNode values = answer.putArray(array);
            shown.forEach(values::add);
        }
        return answer;
    }
}
