package io.kaitenkit.contract.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** kaiten-kit-bom gives one version to every artifact the kit publishes, and only to those. */
class BomTest {
  private final Document bom = read(Path.of("../bom/pom.xml"));
  private final Document parent = read(Path.of("../pom.xml"));

  @Test
  void theBomHasTheKitsCoordinatesAndVersion() {
    assertThat(text(bom.getDocumentElement(), "groupId")).isEqualTo("io.kaitenkit");
    assertThat(text(bom.getDocumentElement(), "artifactId")).isEqualTo("kaiten-kit-bom");
    assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(text(parent.getDocumentElement(), "version"));
    assertThat(text(bom.getDocumentElement(), "packaging")).isEqualTo("pom");
    assertThat(bom.getDocumentElement().getElementsByTagName("parent").getLength())
        .as("a parent would import the kit's own dependency versions too").isZero();
  }

  @Test
  void theBomManagesEveryPublishedModuleAtTheProjectVersion() {
    List<Tuple> expected = new ArrayList<>();
    NodeList modules = parent.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String module = modules.item(i).getTextContent().strip();
      // contract-tests holds tests only, and the BOM is the BOM.
      if (!module.equals("contract-tests") && !module.equals("bom")) {
        expected.add(tuple("io.kaitenkit", module, "${project.version}", ""));
      }
    }
    expected.add(tuple("io.kaitenkit", "mock-server", "${project.version}", "all"));

    assertThat(managed()).containsExactlyInAnyOrderElementsOf(expected);
  }

  private List<Tuple> managed() {
    List<Tuple> managed = new ArrayList<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      managed.add(tuple(text(dependency, "groupId"), text(dependency, "artifactId"), text(dependency, "version"),
          text(dependency, "classifier")));
    }
    return managed;
  }

  private static String text(Element element, String child) {
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element found && found.getTagName().equals(child)) {
        return found.getTextContent().strip();
      }
    }
    return "";
  }

  private static Document read(Path pom) {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + pom, e);
    }
  }
}
