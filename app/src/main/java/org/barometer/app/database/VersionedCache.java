package org.barometer.app.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values derived from the register and the organisation, kept in this node's memory only while the
 * database's change counter ({@link DataVersion}) stands where it stood when they were read: a
 * change committed on any node moves the counter, and the next use reads again. The counter is read
 * before the values, so a value is never older than the counter it is kept with.
 *
 * <p>Inside a transaction the cache is passed by: what a transaction reads may include its own
 * changes, not yet committed and not yet counted. Values must be immutable.
 */
public final class VersionedCache<K, V> {

  private record Generation<K, V>(long version, Map<K, V> values) {}

  private final DataVersion version;
  private final int capacity;
  private final AtomicReference<Generation<K, V>> generation;

  VersionedCache(DataVersion version, int capacity) {
    this.version = version;
    this.capacity = capacity;
    this.generation = new AtomicReference<>(new Generation<>(Long.MIN_VALUE, Map.of()));
  }

  /** The value for the key, read with {@code load} when the counter has moved or it is not kept. */
  public V get(K key, Function<? super K, ? extends V> load) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return load.apply(key);
    }
    long now = version.current();
    Generation<K, V> kept = generation.get();
    if (kept.version() != now) {
      Generation<K, V> fresh = new Generation<>(now, new ConcurrentHashMap<>());
      kept = generation.compareAndSet(kept, fresh) ? fresh : generation.get();
      if (kept.version() != now) {
        kept = fresh;
      }
    }
    V value = kept.values().get(key);
    if (value == null) {
      value = load.apply(key);
      if (kept.values().size() >= capacity) {
        kept.values().clear();
      }
      kept.values().put(key, value);
    }
    return value;
  }
}
