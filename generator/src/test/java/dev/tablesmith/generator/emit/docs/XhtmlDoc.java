package dev.tablesmith.generator.emit.docs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A review's HTML page as the JDK's XML parser reads it: proof that the page is well-formed. */
final class XhtmlDoc {
  final Document document;

  private XhtmlDoc(Document document) {
    this.document = document;
  }

  /** Parses {@code html}, loading nothing from outside (no DTD, no external entity). */
  static XhtmlDoc parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    return new XhtmlDoc(factory.newDocumentBuilder().parse(
        new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
  }

  /** Every element named {@code tag}, in document order. */
  List<Element> elements(String tag) {
    NodeList list = document.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** Every element of the document, in document order. */
  List<Element> elements() {
    return elements("*");
  }

  /** The types of every node below the root element, as {@link Node} numbers them. */
  Set<Short> nodeTypes() {
    Set<Short> types = new TreeSet<>();
    collect(document.getDocumentElement(), types);
    return types;
  }

  private static void collect(Node node, Set<Short> types) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      types.add(n.getNodeType());
      collect(n, types);
    }
  }

  /** The element children of {@code parent} named {@code tag}. */
  static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The one element with {@code id}. */
  Element byId(String id) {
    List<Element> found = elements().stream().filter(e -> id.equals(e.getAttribute("id"))).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " elements with id " + id);
    }
    return found.get(0);
  }
}
