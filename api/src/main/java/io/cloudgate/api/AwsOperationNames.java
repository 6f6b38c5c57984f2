package io.cloudgate.api;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every operation AWS defines for a service, read once at start-up from its AWS SDK v2 client
 * interface: each operation is a method taking one {@code XxxRequest}.
 */
public final class AwsOperationNames {
    private AwsOperationNames() {
    }

    public static Set<String> fromClient(Class<?> sdkClientInterface) {
        Set<String> names = new TreeSet<>();
        for (Method method : sdkClientInterface.getMethods()) {
            Class<?>[] parameters = method.getParameterTypes();
            if (parameters.length == 1 && parameters[0].getSimpleName().endsWith("Request")
                    && !parameters[0].getSimpleName().equals("Request")) {
                String type = parameters[0].getSimpleName();
                names.add(type.substring(0, type.length() - "Request".length()));
            }
        }
        return Set.copyOf(names);
    }
}
