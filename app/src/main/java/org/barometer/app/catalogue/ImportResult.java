package org.barometer.app.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What an import gives: the whole catalogue, or every error found and nothing else. */
public sealed interface ImportResult {

  /** The catalogue, when the import found no error. */
  Optional<Catalogue> catalogue();

  /** Every error found; empty when the catalogue was imported. */
  List<ImportError> errors();

  /** The import found no error: here is the whole catalogue. */
  record Imported(Catalogue whole) implements ImportResult {
    public Imported {
      Objects.requireNonNull(whole, "whole");
    }

    @Override
    public Optional<Catalogue> catalogue() {
      return Optional.of(whole);
    }

    @Override
    public List<ImportError> errors() {
      return List.of();
    }
  }

  /** The import found errors: nothing is imported. */
  record Rejected(List<ImportError> found) implements ImportResult {
    public Rejected {
      found = List.copyOf(found);
      if (found.isEmpty()) {
        throw new IllegalArgumentException("A rejected import has at least one error");
      }
    }

    @Override
    public Optional<Catalogue> catalogue() {
      return Optional.empty();
    }

    @Override
    public List<ImportError> errors() {
      return found;
    }
  }
}
