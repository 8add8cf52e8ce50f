package vn.thituyen.questionbank.format;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * A small XML tree that remembers on which line each element starts, read with DTDs refused and no external
 * entity ever fetched (XXE). Namespaces are kept but the QTI code matches local names, so QTI 2.1, 2.2 and
 * namespace-less files read alike. Text that came from a CDATA section is marked, because some tools (ONYX,
 * hand-made exports) wrap HTML markup in CDATA instead of writing XHTML.
 */
final class QtiXml {

    private QtiXml() {
    }

    /** An element: local name, attributes by local name (prefixed ones also by qualified name), children. */
    static final class El {
        final String ns;
        final String name;
        final Map<String, String> attrs;
        final List<Object> kids = new ArrayList<>();
        final int line;

        El(String ns, String name, Map<String, String> attrs, int line) {
            this.ns = ns == null ? "" : ns;
            this.name = name;
            this.attrs = attrs;
            this.line = line;
        }

        String attr(String localName) {
            return attrs.get(localName);
        }

        boolean is(String localName) {
            return name.equalsIgnoreCase(localName);
        }

        List<El> children() {
            List<El> out = new ArrayList<>();
            for (Object k : kids) {
                if (k instanceof El e) {
                    out.add(e);
                }
            }
            return out;
        }

        List<El> children(String localName) {
            return children().stream().filter(e -> e.is(localName)).toList();
        }

        El child(String localName) {
            for (El e : children()) {
                if (e.is(localName)) {
                    return e;
                }
            }
            return null;
        }

        /** every descendant (not this element) matching, in document order */
        List<El> descendants(Predicate<El> test) {
            List<El> out = new ArrayList<>();
            collect(this, test, out);
            return out;
        }

        private static void collect(El from, Predicate<El> test, List<El> out) {
            for (El e : from.children()) {
                if (test.test(e)) {
                    out.add(e);
                }
                collect(e, test, out);
            }
        }

        El descendant(String localName) {
            List<El> all = descendants(e -> e.is(localName));
            return all.isEmpty() ? null : all.get(0);
        }

        /** all text below, as written */
        String text() {
            StringBuilder sb = new StringBuilder();
            appendText(this, sb);
            return sb.toString();
        }

        private static void appendText(El from, StringBuilder sb) {
            for (Object k : from.kids) {
                if (k instanceof Text t) {
                    sb.append(t.text());
                } else {
                    appendText((El) k, sb);
                }
            }
        }
    }

    /** character data; {@code cdata} when it came from a CDATA section */
    record Text(String text, boolean cdata) {
    }

    /** The document could not be read; {@code line} 0 when the problem is not at a place in it. */
    static final class XmlException extends Exception {
        final int line;
        final boolean doctype;

        XmlException(int line, String message, boolean doctype) {
            super(message);
            this.line = line;
            this.doctype = doctype;
        }
    }

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

    /** The bytes as text: BOM first, then the XML declaration, else UTF-8; invalid bytes are an error. */
    static String decode(byte[] data) throws XmlException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (data.length >= 2 && (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            String head = new String(data, 0, Math.min(data.length, 200), StandardCharsets.ISO_8859_1);
            Matcher m = DECLARED_ENCODING.matcher(head);
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                } catch (RuntimeException e) {
                    throw new XmlException(1, "encoding " + m.group(1), false);
                }
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, skip, data.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new XmlException(lineOfByte(data, skip, charset), "not " + charset.name(), false);
        }
    }

    private static int lineOfByte(byte[] data, int from, Charset charset) {
        // find the first undecodable byte by decoding growing prefixes line by line
        int line = 1;
        int start = from;
        for (int i = from; i < data.length; i++) {
            if (data[i] == '\n') {
                try {
                    charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(data, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }

    /** Parses the document; the root element is returned. */
    static El parse(byte[] data) throws XmlException {
        String text = decode(data);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Matcher doctype = DOCTYPE.matcher(text);
        if (doctype.find()) {
            throw new XmlException(lineAt(text, doctype.start()), "DOCTYPE", true);
        }
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        Builder builder = new Builder(lines);
        try {
            SAXParser parser = factory().newSAXParser();
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", builder);
            parser.parse(new InputSource(new StringReader(text)), builder);
        } catch (SAXParseException e) {
            boolean dtd = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT).contains("DOCTYPE");
            throw new XmlException(Math.max(e.getLineNumber(), 1), e.getMessage(), dtd);
        } catch (SAXException | java.io.IOException | javax.xml.parsers.ParserConfigurationException e) {
            throw new XmlException(1, e.getMessage(), false);
        }
        if (builder.root == null) {
            throw new XmlException(1, "empty", false);
        }
        return builder.root;
    }

    private static SAXParserFactory factory() throws javax.xml.parsers.ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f;
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static final class Builder extends DefaultHandler2 {
        private final String[] lines;
        private final List<El> stack = new ArrayList<>();
        private Locator locator;
        private El root;
        private boolean inCdata;

        Builder(String[] lines) {
            this.lines = lines;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                String local = atts.getLocalName(i);
                if (local == null || local.isEmpty()) {
                    local = atts.getQName(i);
                }
                if (atts.getURI(i) == null || atts.getURI(i).isEmpty()) {
                    attrs.put(local, atts.getValue(i));
                } else {
                    attrs.put(atts.getQName(i), atts.getValue(i));
                    attrs.putIfAbsent(local, atts.getValue(i));
                }
            }
            String name = localName == null || localName.isEmpty() ? qName : localName;
            El el = new El(uri, name, attrs, startLine());
            if (stack.isEmpty()) {
                root = el;
            } else {
                stack.get(stack.size() - 1).kids.add(el);
            }
            stack.add(el);
        }

        /**
         * The locator points just after the start tag; the tag begins at the nearest {@code <} before that (an
         * attribute value cannot hold a {@code <}), which may be lines earlier when attributes wrap.
         */
        private int startLine() {
            int line = locator.getLineNumber();
            int column = locator.getColumnNumber();
            if (line < 1 || line > lines.length) {
                return Math.max(line, 1);
            }
            String current = lines[line - 1];
            int end = Math.min(Math.max(column - 1, 0), current.length());
            if (current.lastIndexOf('<', Math.max(end - 1, 0)) >= 0) {
                return line;
            }
            for (int l = line - 1; l >= 1; l--) {
                if (lines[l - 1].indexOf('<') >= 0) {
                    return l;
                }
            }
            return line;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            stack.remove(stack.size() - 1);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (stack.isEmpty()) {
                return;
            }
            List<Object> kids = stack.get(stack.size() - 1).kids;
            String s = new String(ch, start, length);
            if (!kids.isEmpty() && kids.get(kids.size() - 1) instanceof Text last && last.cdata() == inCdata) {
                kids.set(kids.size() - 1, new Text(last.text() + s, inCdata));
            } else {
                kids.add(new Text(s, inCdata));
            }
        }

        @Override
        public void startCDATA() {
            inCdata = true;
        }

        @Override
        public void endCDATA() {
            inCdata = false;
        }

        @Override
        public org.xml.sax.InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
            // never fetch anything: an external entity reads as empty
            return new InputSource(new StringReader(""));
        }
    }

    /** XML escaping for text and attribute values; carriage returns and tabs survive attribute normalisation. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        continue; // not allowed in XML 1.0 at all
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /** Escaping for attribute values, where a literal newline or tab would be normalised to a space. */
    static String escapeAttr(String s) {
        return escape(s).replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
