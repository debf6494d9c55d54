package dev.paperboy.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  @Test
  void hostileValuesStayValues() throws Exception {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", "1:20 \"ratio\": yes\n---\nlayout: evil # not a comment");
    fields.put("tags", List.of("a, b", "[c]", "일간"));

    String yaml = FrontMatter.of(fields);

    assertThat(yaml).startsWith("---\n").endsWith("\n---\n");
    JsonNode parsed =
        new ObjectMapper(new YAMLFactory()).readTree(yaml.substring(4, yaml.length() - 4));
    assertThat(parsed.get("title").asText())
        .isEqualTo("1:20 \"ratio\": yes\n---\nlayout: evil # not a comment");
    assertThat(parsed.has("layout")).isFalse();
    assertThat(parsed.get("tags").get(2).asText()).isEqualTo("일간");
    assertThat(yaml).contains("일간");
  }
}
