/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.importer.neware;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Parses the small XML members of Neware archives without executing anything from them: DTDs (and so entity
 * declarations), external entities, external DTDs and XInclude are refused.
 */
final class SafeXml {

    private SafeXml() {
    }

    /** A parse failure with its line. */
    static final class XmlException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        XmlException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** Parses bytes in the given charset (Neware writes GB2312; unmappable bytes become U+FFFD). */
    static Document parse(byte[] bytes, Charset charset) throws XmlException {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new XmlException(0, "cannot be decoded as " + charset + ": " + e.getMessage());
        }
        // the declaration names the encoding of the bytes; the text is already decoded
        text = text.replaceFirst("^\\uFEFF?<\\?xml[^>]*\\?>", "");
        try {
            DocumentBuilder parser = factory().newDocumentBuilder();
            parser.setErrorHandler(null);
            parser.setEntityResolver((publicId, systemId) -> {
                throw new SAXParseException("external entity " + systemId + " refused", null);
            });
            return parser.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new XmlException(e.getLineNumber(), e.getMessage());
        } catch (Exception e) {
            throw new XmlException(0, e.getMessage());
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f;
    }

    /** GB2312 as docs/formats.md says Neware uses, or its superset GBK where a JRE lacks it. */
    static Charset gb2312() {
        for (String name : new String[] { "GB2312", "GBK", "GB18030" }) {
            if (Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return java.nio.charset.StandardCharsets.ISO_8859_1;
    }
}
