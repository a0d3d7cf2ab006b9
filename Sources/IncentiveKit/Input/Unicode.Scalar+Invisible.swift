extension Unicode.Scalar {
  /// Drawn as nothing, or as a mark that changes how its neighbours are drawn rather than a character of its own:
  /// every Default_Ignorable_Code_Point (U+200B zero-width space, U+00AD soft hyphen, U+2060 word joiner, U+FEFF,
  /// variation selectors, U+E0000–U+E0FFF) and every format character (General_Category Cf), which adds those Unicode
  /// does not call ignorable: the interlinear annotation marks U+FFF9–U+FFFB and the Egyptian hieroglyph format
  /// controls U+13430–U+1343F (drawn as nothing), the Arabic number signs U+0600–U+0605 (drawn over the digits after
  /// them). `E0\u{FFF9}4` looks like `E04` in a browser and on a terminal (glibc's `wcwidth` gives it no column), so
  /// ids that differ only by one are the same id to a reader, and a name full of them shifts a terminal table's
  /// columns.
  var isInvisible: Bool {
    properties.isDefaultIgnorableCodePoint || properties.generalCategory == .format
  }
}
