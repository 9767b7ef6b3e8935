//! A small, bounded XML tree for the settings files we read (autoconfig, autodiscover).
//!
//! quick-xml does the tokenising; this module builds a tree of local names, attributes and text with
//! hard limits so a hostile file cannot cost unbounded time or memory: at most [`MAX_INPUT`] bytes,
//! [`MAX_DEPTH`] levels and [`MAX_ELEMENTS`] elements. A document type declaration is refused outright
//! (no file we read needs one, and it is the door to entity-expansion attacks); only the five predefined
//! entities and character references are expanded. Input must be UTF-8 (an optional BOM is skipped).
//! Namespace prefixes are dropped: autodiscover files put their elements in namespaces, autoconfig files
//! do not, and we match on local names only.

use quick_xml::Reader;
use quick_xml::events::Event;

/// Largest document we parse (also the cap on HTTP bodies).
pub(crate) use crate::model::limits::MAX_DOCUMENT as MAX_INPUT;
/// Deepest element nesting we accept.
pub(crate) const MAX_DEPTH: usize = 32;
/// Most elements in one document.
pub(crate) const MAX_ELEMENTS: usize = 20_000;

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum XmlError {
    #[error("{}", crate::t!("error-xml-too-large", mib = MAX_INPUT / (1024 * 1024)))]
    TooLarge,
    #[error("{}", crate::t!("error-xml-not-utf8"))]
    NotUtf8,
    #[error("{}", crate::t!("error-xml-too-deep", max = MAX_DEPTH))]
    TooDeep,
    #[error("{}", crate::t!("error-xml-too-many-elements", max = MAX_ELEMENTS))]
    TooManyElements,
    #[error("{}", crate::t!("error-xml-doctype"))]
    DocType,
    #[error("{}", crate::t!("error-xml-unknown-entity", name = .0.as_str()))]
    UnknownEntity(String),
    #[error("{}", crate::t!("error-xml-malformed", reason = .0.as_str()))]
    Malformed(String),
    #[error("{}", crate::t!("error-xml-empty"))]
    Empty,
}

/// One element: its local name, attributes (local names) and the text directly inside it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    /// The first child with this local name (ASCII case-insensitive).
    pub(crate) fn child(&self, name: &str) -> Option<&Element> {
        self.children
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// Every child with this local name (ASCII case-insensitive).
    pub(crate) fn children_named<'a>(
        &'a self,
        name: &'a str,
    ) -> impl Iterator<Item = &'a Element> + 'a {
        self.children
            .iter()
            .filter(move |c| c.name.eq_ignore_ascii_case(name))
    }

    /// Trimmed text of the first child with this name, if present and not empty.
    pub(crate) fn child_text(&self, name: &str) -> Option<&str> {
        self.child(name)
            .map(|c| c.text.trim())
            .filter(|t| !t.is_empty())
    }

    /// An attribute's value by local name.
    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn local(name: &str) -> String {
    match name.rsplit_once(':') {
        Some((_, l)) => l.to_owned(),
        None => name.to_owned(),
    }
}

fn malformed(e: impl std::fmt::Display) -> XmlError {
    XmlError::Malformed(e.to_string())
}

fn element_from(start: &quick_xml::events::BytesStart<'_>) -> Result<Element, XmlError> {
    let mut el = Element {
        name: local(start.name().as_ref()),
        ..Element::default()
    };
    for attr in start.attributes() {
        let attr = attr.map_err(malformed)?;
        let value =
            attr.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|e| match e {
                    quick_xml::Error::Escape(
                        quick_xml::escape::EscapeError::UnrecognizedEntity(_, name),
                    ) => XmlError::UnknownEntity(name),
                    other => malformed(other),
                })?;
        el.attrs
            .push((local(attr.key.as_ref()), value.into_owned()));
    }
    Ok(el)
}

/// Parses a whole document into its root element.
pub(crate) fn parse(input: &[u8]) -> Result<Element, XmlError> {
    if input.len() > MAX_INPUT {
        return Err(XmlError::TooLarge);
    }
    let input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    let text = std::str::from_utf8(input).map_err(|_| XmlError::NotUtf8)?;
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut tree = Tree::default();
    loop {
        match reader.read_event().map_err(malformed)? {
            Event::Start(_) | Event::Empty(_) if tree.root.is_some() => {
                return Err(XmlError::Malformed(crate::t!(
                    "error-xml-malformed-after-root"
                )));
            }
            Event::Start(start) => {
                let el = tree.element(&start)?;
                tree.stack.push(el);
            }
            Event::Empty(start) => {
                let el = tree.element(&start)?;
                tree.attach(el);
            }
            Event::End(_) => {
                let el = (tree.stack.pop())
                    .ok_or_else(|| malformed(crate::t!("error-xml-malformed-end-tag")))?;
                tree.attach(el);
            }
            Event::Text(t) => {
                let content = t.xml10_content();
                if let Some(el) = tree.stack.last_mut() {
                    el.text.push_str(&content);
                } else if !content.trim().is_empty() {
                    return Err(malformed(crate::t!("error-xml-malformed-text-outside")));
                }
            }
            Event::CData(t) => tree.text(&t.into_inner()),
            Event::GeneralRef(r) => tree.text(&expand(&r)?),
            Event::DocType(_) => return Err(XmlError::DocType),
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            Event::Eof => break,
        }
    }
    if !tree.stack.is_empty() {
        return Err(malformed(crate::t!("error-xml-malformed-unclosed")));
    }
    tree.root.ok_or(XmlError::Empty)
}

/// The tree as it is read: the open elements, the root once closed, and how many there were.
#[derive(Default)]
struct Tree {
    stack: Vec<Element>,
    root: Option<Element>,
    count: usize,
}

impl Tree {
    /// A new element, within the limits on how many and how deep.
    fn element(&mut self, start: &quick_xml::events::BytesStart<'_>) -> Result<Element, XmlError> {
        self.count += 1;
        if self.count > MAX_ELEMENTS {
            return Err(XmlError::TooManyElements);
        }
        if self.stack.len() >= MAX_DEPTH {
            return Err(XmlError::TooDeep);
        }
        element_from(start)
    }

    /// A finished element goes to its parent, or becomes the root.
    fn attach(&mut self, el: Element) {
        match self.stack.last_mut() {
            Some(parent) => parent.children.push(el),
            None => self.root = Some(el),
        }
    }

    /// Text of the open element (none outside one).
    fn text(&mut self, s: &str) {
        if let Some(el) = self.stack.last_mut() {
            el.text.push_str(s);
        }
    }
}

/// A character reference or one of the five predefined entities, expanded; any other entity is
/// refused.
fn expand(r: &quick_xml::events::BytesRef<'_>) -> Result<String, XmlError> {
    if r.is_char_ref() {
        return match r.resolve_char_ref() {
            Ok(Some(c)) => Ok(c.to_string()),
            _ => Err(malformed(crate::t!("error-xml-malformed-char-ref"))),
        };
    }
    let name = r.xml10_content();
    match quick_xml::escape::resolve_predefined_entity(&name) {
        Some(s) => Ok(s.to_owned()),
        None => Err(XmlError::UnknownEntity(name.into_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_tree_with_namespaces_and_entities() {
        let doc = br#"<?xml version="1.0"?><a:Root xmlns:a="urn:x"><a:Item k="v&amp;w">x &lt; y &#65;</a:Item><Empty/></a:Root>"#;
        let root = parse(doc).unwrap();
        assert_eq!(root.name, "Root");
        let item = root.child("item").unwrap();
        assert_eq!(item.text, "x < y A");
        assert_eq!(item.attr("k"), Some("v&w"));
        assert!(root.child("Empty").is_some());
    }

    #[test]
    fn reads_a_document_at_each_limit_exactly() {
        let mut doc = b"<r/>".to_vec();
        doc.resize(MAX_INPUT, b' ');
        assert_eq!(parse(&doc).expect("exactly the size limit").name, "r");
        doc.push(b' ');
        assert_eq!(parse(&doc), Err(XmlError::TooLarge));

        let deep = "<a>".repeat(MAX_DEPTH) + &"</a>".repeat(MAX_DEPTH);
        assert!(parse(deep.as_bytes()).is_ok(), "exactly the depth limit");
        let deep = "<a>".repeat(MAX_DEPTH) + "<b/>" + &"</a>".repeat(MAX_DEPTH);
        assert_eq!(parse(deep.as_bytes()), Err(XmlError::TooDeep));

        let many = format!("<r>{}</r>", "<x/>".repeat(MAX_ELEMENTS - 1));
        assert!(parse(many.as_bytes()).is_ok(), "exactly the element limit");
        let many = format!("<r>{}</r>", "<x/>".repeat(MAX_ELEMENTS));
        assert_eq!(parse(many.as_bytes()), Err(XmlError::TooManyElements));
    }

    #[test]
    fn refuses_hostile_documents() {
        let bomb = br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><r>&lol;</r>"#;
        assert_eq!(parse(bomb), Err(XmlError::DocType));
        assert_eq!(
            parse(b"<r>&nbsp;</r>"),
            Err(XmlError::UnknownEntity("nbsp".into()))
        );
        let deep = "<a>".repeat(MAX_DEPTH + 1) + &"</a>".repeat(MAX_DEPTH + 1);
        assert_eq!(parse(deep.as_bytes()), Err(XmlError::TooDeep));
        let many = format!("<r>{}</r>", "<x/>".repeat(MAX_ELEMENTS + 1));
        assert_eq!(parse(many.as_bytes()), Err(XmlError::TooManyElements));
        let huge = vec![b' '; MAX_INPUT + 1];
        assert_eq!(parse(&huge), Err(XmlError::TooLarge));
        assert_eq!(
            XmlError::TooLarge.to_string(),
            "the file is larger than 1 MiB"
        );
        assert_eq!(parse(b"<r>\xff\xfe</r>"), Err(XmlError::NotUtf8));
        assert_eq!(parse(b""), Err(XmlError::Empty));
        assert!(matches!(parse(b"<r><x></r>"), Err(XmlError::Malformed(_))));
        assert!(matches!(parse(b"<r></r><s/>"), Err(XmlError::Malformed(_))));
        assert!(matches!(parse(b"<r>"), Err(XmlError::Malformed(_))));
        assert!(matches!(
            parse(b"not xml at all"),
            Err(XmlError::Malformed(_))
        ));
    }
}
