/// Hands memory the program has freed back to the operating system between the phases of a large run.
///
/// glibc's allocator keeps freed memory in each thread's arena for reuse; after the event files are read on every
/// core, the chunks and per-thread tallies the workers freed stay resident while the next phase (metrics, then
/// paying) allocates afresh. At 100,000 people that retained memory was a third of the peak. `malloc_trim(0)`
/// releases the free pages of every arena, costing a walk over them (milliseconds), not a copy.
enum FreedMemory {
  static func release() {
    #if os(Linux)
      _ = mallocTrim(0)
    #endif
  }
}

#if os(Linux)
  /// glibc's `malloc_trim` (malloc.h, which the Glibc module does not export): declared by its C symbol.
  @_silgen_name("malloc_trim")
  private func mallocTrim(_ pad: Int) -> Int32
#endif
