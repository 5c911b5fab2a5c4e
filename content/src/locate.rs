//! Finds where a value sits in a JSON text, so that errors found after parsing (a missing
//! translation, an unknown source id) can still name the line and column an editor opens.

/// Line and column (both from 1) of the value at `path` (e.g. `pillars[1].points[0].text`)
/// in `json`; the start of the file when the path is not found.
pub fn locate(json: &str, path: &str) -> (usize, usize) {
    let offset = offset_of(json, path).unwrap_or(0);
    let before = &json[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Byte offset of the value at `path` in `json`, if it is there.
pub fn offset_of(json: &str, path: &str) -> Option<usize> {
    Scanner {
        text: json.as_bytes(),
        pos: 0,
    }
    .find(&segments(path))
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        for index in rest.split('[') {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                out.push(Segment::Index(i));
            }
        }
    }
    out
}

/// A minimal scanner over already-valid JSON: it only skips values and walks into them.
struct Scanner<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn find(&mut self, path: &[Segment]) -> Option<usize> {
        self.skip_space();
        let Some((first, rest)) = path.split_first() else {
            return Some(self.pos);
        };
        match (first, self.peek()?) {
            (Segment::Key(key), b'{') => {
                self.pos += 1;
                loop {
                    self.skip_space();
                    if self.peek()? == b'}' {
                        return None;
                    }
                    let name = self.string()?;
                    self.skip_space();
                    self.pos += 1; // ':'
                    if name == *key {
                        return self.find(rest);
                    }
                    self.skip_value()?;
                    self.skip_space();
                    if self.peek()? == b',' {
                        self.pos += 1;
                    }
                }
            }
            (Segment::Index(index), b'[') => {
                self.pos += 1;
                for _ in 0..*index {
                    self.skip_space();
                    if self.peek()? == b']' {
                        return None;
                    }
                    self.skip_value()?;
                    self.skip_space();
                    if self.peek()? == b',' {
                        self.pos += 1;
                    }
                }
                self.skip_space();
                (self.peek()? != b']').then_some(())?;
                self.find(rest)
            }
            _ => None,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    /// Reads a string (the cursor on its opening quote) and returns its raw contents.
    fn string(&mut self) -> Option<String> {
        self.pos += 1;
        let start = self.pos;
        while self.peek()? != b'"' {
            self.pos += if self.peek()? == b'\\' { 2 } else { 1 };
        }
        let raw = String::from_utf8_lossy(&self.text[start..self.pos]).into_owned();
        self.pos += 1;
        Some(raw)
    }

    fn skip_value(&mut self) -> Option<()> {
        self.skip_space();
        match self.peek()? {
            b'"' => {
                self.string()?;
            }
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.pos += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
            }
            _ => {
                while !matches!(
                    self.peek()?,
                    b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'
                ) {
                    self.pos += 1;
                }
            }
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::locate;

    const JSON: &str = "{\n  \"a\": 1,\n  \"list\": [\n    {\"x\": \"q\\\"]\"},\n    {\"x\": [1, 2], \"y\": \"here\"}\n  ]\n}";

    #[test]
    fn finds_nested_values_past_tricky_strings() {
        assert_eq!(locate(JSON, "a"), (2, 8));
        assert_eq!(locate(JSON, "list[1].y"), (5, 24));
        assert_eq!(locate(JSON, "list[0].x"), (4, 11));
    }

    #[test]
    fn unknown_paths_point_at_the_start() {
        assert_eq!(locate(JSON, "list[5]"), (1, 1));
        assert_eq!(locate(JSON, "nope"), (1, 1));
    }
}
