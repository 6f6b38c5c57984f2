package io.cloudgate.dns.embedded;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.xbill.DNS.Name;

/** The zones being served, by apex name; readers see each zone's latest complete snapshot. */
final class ZoneCatalog {
    private final ConcurrentMap<Name, ZoneData> zones = new ConcurrentHashMap<>();

    Optional<ZoneData> zone(Name origin) {
        return Optional.ofNullable(zones.get(origin));
    }

    /** The zone answering for a name: the one whose apex is the name's closest ancestor (or the name itself). */
    Optional<ZoneData> zoneFor(Name name) {
        for (int strip = 0; strip <= name.labels() - 1; strip++) {
            ZoneData zone = zones.get(strip == 0 ? name : new Name(name, strip));
            if (zone != null) {
                return Optional.of(zone);
            }
        }
        return Optional.empty();
    }

    void put(ZoneData zone) {
        zones.put(zone.origin(), zone);
    }

    void remove(Name origin) {
        zones.remove(origin);
    }

    Collection<ZoneData> all() {
        return zones.values();
    }
}
