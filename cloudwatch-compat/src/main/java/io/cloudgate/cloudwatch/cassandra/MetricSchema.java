package io.cloudgate.cloudwatch.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Duration;

/**
 * The time-series tables and their prepared statements.
 * <p>
 * {@code metric_samples}: one partition per (series, resolution, time bucket), rows clustered by slot start and
 * unit, and one row per write (write_id) so that ingest never reads before writing and concurrent writers never
 * conflict; a query merges a slot's rows. Each row carries the TTL of its resolution, so Cassandra drops data
 * as CloudWatch does, and time-window compaction keeps expired data in whole SSTables that are dropped cheaply.
 * <p>
 * {@code metric_series}: one partition per account, clustered by namespace, metric name and series id, so that
 * ListMetrics' namespace and name filters are clustering ranges; rows live 14 days past their last write.
 */
final class MetricSchema {
    final PreparedStatement insertSample;
    final PreparedStatement selectSlots;
    final PreparedStatement touchSeries;
    final PreparedStatement listSeriesFrom;
    final PreparedStatement listSeriesAfter;

    private MetricSchema(CqlSession session, String keyspace) {
        insertSample = session.prepare("INSERT INTO " + keyspace + ".metric_samples (series_id, resolution, bucket,"
                + " slot_start, unit, write_id, sample_count, sum, minimum, maximum, dist_values, dist_counts)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TTL ?");
        selectSlots = session.prepare("SELECT slot_start, unit, sample_count, sum, minimum, maximum, dist_values,"
                + " dist_counts FROM " + keyspace + ".metric_samples WHERE series_id = ? AND resolution = ?"
                + " AND bucket = ? AND slot_start >= ? AND slot_start < ?");
        touchSeries = session.prepare("INSERT INTO " + keyspace + ".metric_series (account, namespace, metric_name,"
                + " series_id, dimension_names, dimension_values, last_write) VALUES (?, ?, ?, ?, ?, ?, ?) USING TTL ?");
        String list = "SELECT namespace, metric_name, series_id, dimension_names, dimension_values, last_write FROM " + keyspace
                + ".metric_series WHERE account = ? AND (namespace, metric_name, series_id) ";
        listSeriesFrom = session.prepare(list + ">= (?, ?, ?)");
        listSeriesAfter = session.prepare(list + "> (?, ?, ?)");
    }

    /** Creates the tables if missing (a schema change: done once, not on every start). */
    static MetricSchema create(CqlSession session, String keyspace, Duration timeout) {
        boolean present = session.getMetadata().getKeyspace(keyspace)
                .map(metadata -> metadata.getTable("metric_samples").isPresent()
                        && metadata.getTable("metric_series").isPresent())
                .orElse(false);
        if (!present) {
            session.execute(SimpleStatement.newInstance("CREATE TABLE IF NOT EXISTS " + keyspace + ".metric_samples ("
                    + "series_id text, resolution int, bucket bigint, slot_start bigint, unit text, write_id uuid,"
                    + " sample_count double, sum double, minimum double, maximum double,"
                    + " dist_values list<double>, dist_counts list<double>,"
                    + " PRIMARY KEY ((series_id, resolution, bucket), slot_start, unit, write_id))"
                    + " WITH compaction = {'class': 'TimeWindowCompactionStrategy',"
                    + " 'compaction_window_unit': 'DAYS', 'compaction_window_size': 1}").setTimeout(timeout));
            session.execute(SimpleStatement.newInstance("CREATE TABLE IF NOT EXISTS " + keyspace + ".metric_series ("
                    + "account text, namespace text, metric_name text, series_id text,"
                    + " dimension_names list<text>, dimension_values list<text>,"
                    + " last_write timestamp, PRIMARY KEY ((account), namespace, metric_name, series_id))")
                    .setTimeout(timeout));
        }
        return new MetricSchema(session, keyspace);
    }
}
