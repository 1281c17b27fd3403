package vn.hanoi.gateway.contract.everyregister;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A way of writing the same answer that {@code docs/contracts/README.md} allows ("anything a conforming parser
 * accepts may come too"): each turns a register's native fixture into the same record written otherwise, so
 * the gateway must answer it exactly as the fixture's canonical twin. Some are for JSON, some for XML, some both.
 */
enum WireVariant {

    BYTE_ORDER_MARK(Syntax.BOTH, text -> "\uFEFF" + text),
    CRLF_LINE_ENDS(Syntax.BOTH, text -> text.replace("\r\n", "\n").replace("\n", "\r\n")),
    BOM_CRLF_AND_NO_INDENTATION(Syntax.BOTH,
            text -> "\uFEFF" + text.replaceAll("\n\\s*", "\r\n")),
    UNICODE_ESCAPES(Syntax.JSON, text -> everyNonAscii(text, "\\u%04x", false)),
    COMMENTS(Syntax.XML, text -> text.replaceAll(">(\\s*)<(?=[^!?])", "><!-- nền tảng -->$1<")
            .replaceAll(">([^<\\s][^<]*)</", "><!-- x -->$1</")),
    CDATA_SECTIONS(Syntax.XML, text -> text.replaceAll(">([^<]*[^<\\s][^<]*)</", "><![CDATA[$1]]></")),
    CHARACTER_REFERENCES(Syntax.XML, text -> everyNonAscii(text, "&#x%X;", true)),
    XSI_NIL_FOR_EMPTY_ELEMENTS(Syntax.XML, WireVariant::nilForEmpty),
    UNKNOWN_ATTRIBUTES(Syntax.XML,
            text -> text.replaceAll("<(?!soapenv:|/|\\?|!)([\\w.-]+:)?[\\w.-]+(?=[\\s/>])", "$0 nguon=\"nen-tang\""));

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Pattern EMPTY_ELEMENT = Pattern.compile("<((?:[\\w.-]+:)?[\\w.-]+)(?:></\\1>|/>)");
    private static final Pattern ROOT = Pattern.compile("<(?![?!])[\\w.:-]+");

    private final Syntax syntax;
    private final UnaryOperator<String> rewrite;

    WireVariant(Syntax syntax, UnaryOperator<String> rewrite) {
        this.syntax = syntax;
        this.rewrite = rewrite;
    }

    boolean appliesTo(boolean xml) {
        return syntax == Syntax.BOTH || (syntax == Syntax.XML) == xml;
    }

    String of(String nativeText) {
        return rewrite.apply(nativeText);
    }

    private static String everyNonAscii(String text, String format, boolean byCodePoint) {
        StringBuilder written = new StringBuilder(text.length() * 2);
        (byCodePoint ? text.codePoints() : text.chars()).forEach(c -> {
            if (c < 0x80) {
                written.appendCodePoint(c);
            } else {
                written.append(String.format(format, c));
            }
        });
        return written.toString();
    }

    /** Every empty element but the SOAP header written {@code xsi:nil}, the namespace declared on the root element. */
    private static String nilForEmpty(String text) {
        Matcher empty = EMPTY_ELEMENT.matcher(text);
        String nil = empty.replaceAll(match -> match.group(1).endsWith(":Header")
                ? Matcher.quoteReplacement(match.group())
                : "<" + match.group(1) + " xsi:nil=\"true\"/>");
        if (nil.equals(text)) {
            return text;
        }
        return ROOT.matcher(nil).replaceFirst(root -> root.group() + " xmlns:xsi=\"" + XSI + "\"");
    }

    private enum Syntax { JSON, XML, BOTH }
}
