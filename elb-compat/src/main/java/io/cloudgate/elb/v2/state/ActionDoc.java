package io.cloudgate.elb.v2.state;

import java.util.List;

/**
 * One action of a listener or rule.
 *
 * @param type forward, redirect or fixed-response
 */
public record ActionDoc(String type, Integer order, List<WeightedGroup> targetGroups, boolean stickinessEnabled,
                        Integer stickinessSeconds, Redirect redirect, Fixed fixed) {

    public record WeightedGroup(String targetGroupArn, int weight) {
    }

    /** @param statusCode HTTP_301 or HTTP_302 */
    public record Redirect(String protocol, String port, String host, String path, String query, String statusCode) {
    }

    public record Fixed(String statusCode, String contentType, String messageBody) {
    }
}
