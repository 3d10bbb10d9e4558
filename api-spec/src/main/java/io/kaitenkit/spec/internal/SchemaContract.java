package io.kaitenkit.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.spec.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.openapi4j.core.validation.ValidationResults;
import org.openapi4j.core.validation.ValidationSeverity;
import org.openapi4j.schema.validator.ValidationData;
import org.openapi4j.schema.validator.v3.SchemaValidator;

/** A named schema of the contract's components with its validator, built once (on first use for the bundled contract). */
public final class SchemaContract {
  private final String name;
  private final Supplier<SchemaValidator> validator;

  SchemaContract(String name, Supplier<SchemaValidator> validator) {
    this.name = name;
    this.validator = validator;
  }

  public String name() {
    return name;
  }

  /** Violations located relative to the value: {@code theme}, {@code email}, or empty for the value itself. */
  public List<Violation> validate(JsonNode value) {
    ValidationData<Void> data = new ValidationData<>();
    validator.get().validate(value, data);
    List<Violation> violations = new ArrayList<>();
    for (ValidationResults.ValidationItem item : data.results().items(ValidationSeverity.ERROR)) {
      String crumbs = item.dataCrumbs() == null ? "" : item.dataCrumbs();
      String relative = crumbs.equals(name) ? "" : crumbs.startsWith(name + ".") ? crumbs.substring(name.length() + 1) : crumbs;
      violations.add(new Violation(relative, item.message()));
    }
    return List.copyOf(violations);
  }
}
