package dev.nightshift.logs;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Windows event XML one {@code <Event>} at a time, at any depth (under an {@code <Events>} root or none), into
 * the shape evtx_dump writes in JSON: an element with neither attributes nor children is its text; otherwise a map of
 * its children by name (repeated names as a list), its attributes under {@code #attributes} and its text under
 * {@code #text}. No DTD or external entity is ever read.
 */
final class XmlEvents implements AutoCloseable {

    private static final XMLInputFactory FACTORY = factory();
    private final XMLStreamReader xml;

    XmlEvents(Reader reader) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamReader(reader);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Where the parser is: 1-based line and column. */
    int[] position() {
        return new int[] {Math.max(1, xml.getLocation().getLineNumber()),
            Math.max(1, xml.getLocation().getColumnNumber())};
    }

    /** The next {@code <Event>} element's content with the position of its start tag, or null at the end. */
    Object[] next() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Event")) {
                int[] at = position();
                return new Object[] {element(), at};
            }
        }
        return null;
    }

    /** The current element, read to its end tag. */
    private Object element() throws XMLStreamException {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        Map<String, Object> children = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int kind = xml.next();
            if (kind == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                Object child = element();
                children.merge(name, child, XmlEvents::repeat);
            } else if (kind == XMLStreamConstants.CHARACTERS || kind == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (kind == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        String content = children.isEmpty() ? text.toString() : text.toString().strip();
        if (attributes.isEmpty() && children.isEmpty()) {
            return content;
        }
        Map<String, Object> element = new LinkedHashMap<>();
        if (!attributes.isEmpty()) {
            element.put("#attributes", attributes);
        }
        element.putAll(children);
        if (!content.isEmpty()) {
            element.put("#text", content);
        }
        return element;
    }

    private static Object repeat(Object first, Object next) {
        List<Object> list;
        if (first instanceof RepeatedElements repeated) {
            list = repeated;
        } else {
            list = new RepeatedElements();
            list.add(first);
        }
        list.add(next);
        return list;
    }

    /** The list that repeated child elements make, told apart from a list value. */
    private static final class RepeatedElements extends ArrayList<Object> {
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
