extension Array {
  /// Appends `filler` until `index` is a position of the array: for arrays indexed by the numbers a
  /// `ByteInterner` hands out in order (per team or engineer, per chunk), which meet an index one past their end
  /// when a key is new, or a range of new ones when another thread's keys are merged in.
  @inline(__always)
  mutating func extend(toInclude index: Int, with filler: @autoclosure () -> Element) {
    while count <= index { append(filler()) }
  }
}
