package io.cloudgate.compute;

import java.util.List;

public interface Zones {
    List<Zone> list();
}
