/// Edit distance for "did you mean" suggestions on keys, commands and options.
public enum EditDistance {
    /// Returns the optimal string alignment distance between `a` and `b`: insertions, deletions,
    /// substitutions and swaps of two neighbouring characters each cost one, since a swap is the
    /// most common typo (`mtach` for `match`).
    public static func distance(_ a: String, _ b: String) -> Int {
        let source = Array(a)
        let target = Array(b)
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }

        let width = target.count + 1
        var table = [Int](repeating: 0, count: (source.count + 1) * width)
        for i in 0...source.count { table[i * width] = i }
        for j in 0...target.count { table[j] = j }

        for i in 1...source.count {
            for j in 1...target.count {
                let cost = source[i - 1] == target[j - 1] ? 0 : 1
                var best = min(table[(i - 1) * width + j] + 1, table[i * width + j - 1] + 1, table[(i - 1) * width + j - 1] + cost)
                if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
                    best = min(best, table[(i - 2) * width + j - 2] + 1)
                }
                table[i * width + j] = best
            }
        }
        return table[source.count * width + target.count]
    }

    /// Returns the candidate closest to `word`, or nil when none is close enough to be a typo:
    /// at most a third of the word's length in edits (at least 1, at most 3). Ties go to the
    /// candidate that sorts first, so suggestions are stable.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = min(3, max(1, word.count / 3))
        let scored = candidates
            .map { (candidate: $0, distance: distance(word.lowercased(), $0.lowercased())) }
            .filter { $0.distance <= limit }
            .sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
        return scored.first?.candidate
    }
}
