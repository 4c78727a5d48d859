package org.parley.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/** Prints a query's result as tab-separated text with a header row, or as one JSON object per row. */
public final class TextOutput implements QueryOutput {
  private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final Writer out;
  private final boolean json;
  private List<String> columns = List.of();

  public TextOutput(Writer out, boolean json) {
    this.out = requireNonNull(out, "out is null");
    this.json = json;
  }

  @Override
  public void columns(List<String> names) {
    columns = List.copyOf(names);
    if (!json) {
      write(String.join("\t", names));
    }
  }

  @Override
  public void row(List<Object> values) {
    if (json) {
      try (java.io.StringWriter buffer = new java.io.StringWriter(); JsonGenerator generator = JSON.createGenerator(buffer)) {
        generator.writeStartObject();
        for (int index = 0; index < values.size(); index++) {
          generator.writeFieldName(columns.get(index));
          writeJson(generator, values.get(index));
        }
        generator.writeEndObject();
        generator.flush();
        write(buffer.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    StringBuilder line = new StringBuilder();
    for (int index = 0; index < values.size(); index++) {
      line.append(index == 0 ? "" : "\t").append(text(values.get(index)).replaceAll("[\\t\\r\\n]+", " "));
    }
    write(line.toString());
  }

  private static void writeJson(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number number) {
      generator.writeNumber(new BigDecimal(number.toString()));
    } else {
      generator.writeString(text(value));
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        return "";
      }
      return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
    if (value instanceof java.sql.Array array) {
      try {
        return java.util.Arrays.deepToString((Object[]) array.getArray());
      } catch (java.sql.SQLException e) {
        return String.valueOf(value);
      }
    }
    return String.valueOf(value);
  }

  private void write(String line) {
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
