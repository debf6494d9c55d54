package dev.paperboy.archive;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Jdbi's {@link ConstructorMapper} for a record, keeping what it works out for each column layout.
 * Jdbi matches columns to constructor parameters again for every result set, reading the
 * parameters' annotations by reflection each time (jdbi/jdbi#2406): a third of the archive
 * browser's time in a query. The matched mapper only holds column positions and column mappers, so
 * a result set with the same column labels in the same order reuses it.
 */
final class ReusedRowMapper<T> implements RowMapper<T> {
  private final RowMapper<T> constructor;
  private final Map<List<String>, RowMapper<T>> byColumns = new ConcurrentHashMap<>();

  private ReusedRowMapper(Class<T> type) {
    this.constructor = ConstructorMapper.of(type);
  }

  static <T> ReusedRowMapper<T> of(Class<T> type) {
    return new ReusedRowMapper<>(type);
  }

  /** The row types the archive reads, each with a mapper of this kind; returns {@code jdbi}. */
  static org.jdbi.v3.core.Jdbi registerRows(org.jdbi.v3.core.Jdbi jdbi) {
    for (Class<?> row :
        List.of(
            LedgerEntry.class,
            Listings.DayRow.class,
            Listings.Observation.class,
            Listings.ListDay.class,
            MediaLog.Entry.class,
            PageLog.Entry.class,
            HubLog.Entry.class,
            DeliveryLog.Entry.class,
            EmbeddingLog.Entry.class,
            WatchIndex.Watched.class,
            WatchIndex.Membership.class,
            WatchIndex.MonthCount.class,
            AnalysisCache.Entry.class,
            RunLog.Run.class,
            PaperSearch.Row.class,
            PaperRow.class)) {
      register(jdbi, row);
    }
    return jdbi;
  }

  private static <T> void register(org.jdbi.v3.core.Jdbi jdbi, Class<T> row) {
    jdbi.registerRowMapper(row, of(row));
  }

  @Override
  public T map(ResultSet rs, StatementContext ctx) throws SQLException {
    return specialize(rs, ctx).map(rs, ctx);
  }

  @Override
  public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
    List<String> columns = labels(rs.getMetaData());
    RowMapper<T> known = byColumns.get(columns);
    if (known != null) {
      return known;
    }
    RowMapper<T> matched = constructor.specialize(rs, ctx);
    byColumns.putIfAbsent(columns, matched);
    return matched;
  }

  private static List<String> labels(ResultSetMetaData meta) throws SQLException {
    List<String> labels = new ArrayList<>(meta.getColumnCount());
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      labels.add(meta.getColumnLabel(i));
    }
    return labels;
  }
}
