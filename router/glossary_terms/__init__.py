"""Glossary terms by language group, one module each: `TERMS` is a list of (pattern, English key word)
matched at word starts on lower-cased text; `SUBSTRINGS` (scripts written without spaces, such as
Chinese) maps a literal to its English key word, found anywhere in the text."""
