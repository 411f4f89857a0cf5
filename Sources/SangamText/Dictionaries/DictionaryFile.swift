#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The TSV files under `Dictionaries/` (exceptions, glossary, name lists): where to find them
/// and how to read them.
///
/// A dictionary file is UTF-8 text, one entry per line, fields separated by tabs. Blank lines
/// and lines starting with `#` are comments. Text is NFC as written.
public enum DictionaryFile {
    /// The environment variable that names the dictionary directory explicitly.
    public static let directoryVariable = "SANGAM_DICTIONARIES"

    /// The path of the dictionary file `name`, or nil when it is nowhere to be found.
    ///
    /// When `$SANGAM_DICTIONARIES` is set, looks there only (so that a test or a user can point
    /// Sangam at other dictionaries, or at none). Otherwise looks in a `Dictionaries/` directory
    /// beside the running executable or any of its ancestors (a build inside the repository
    /// finds the repository's own), then in `Dictionaries/` under the current directory.
    /// - Parameter name: a file name such as `romanisation-exceptions.tsv`.
    public static func locate(_ name: String) -> String? {
        if let directory = getenv(directoryVariable).map({ String(cString: $0) }), !directory.isEmpty {
            let path = directory + "/" + name
            return isReadable(path) ? path : nil
        }
        var directory = executableDirectory()
        while let current = directory {
            let path = current + "/Dictionaries/" + name
            if isReadable(path) { return path }
            directory = parent(of: current)
        }
        let local = "Dictionaries/" + name
        return isReadable(local) ? local : nil
    }

    /// Every dictionary file whose name starts with `prefix` and ends with `suffix`, sorted, from
    /// the first place (searched as `locate` does) that has any.
    /// - Parameters:
    ///   - prefix: such as `names-train-`.
    ///   - suffix: such as `.tsv`.
    public static func locateAll(prefix: String, suffix: String) -> [String] {
        var directories: [String] = []
        if let directory = getenv(directoryVariable).map({ String(cString: $0) }), !directory.isEmpty {
            directories = [directory]
        } else {
            var directory = executableDirectory()
            while let current = directory {
                directories.append(current + "/Dictionaries")
                directory = parent(of: current)
            }
            directories.append("Dictionaries")
        }
        for directory in directories {
            guard let stream = opendir(directory) else { continue }
            defer { closedir(stream) }
            var found: [String] = []
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name.hasPrefix(prefix) && name.hasSuffix(suffix) { found.append(directory + "/" + name) }
            }
            if !found.isEmpty { return found.sorted() }
        }
        return []
    }

    /// The non-comment lines of a dictionary file, split on tabs, with their line numbers.
    /// - Parameters:
    ///   - path: the file.
    ///   - minimumFields: entries with fewer fields are an error.
    /// - Returns: each entry's fields and its 1-based line number.
    /// - Throws: `TextInputError` when the file cannot be read or is not UTF-8;
    ///   `DictionaryError` for a line with too few fields.
    public static func entries(at path: String, minimumFields: Int) throws -> [(fields: [Substring], line: Int)] {
        var entries: [(fields: [Substring], line: Int)] = []
        var lineNumber = 0
        try UTF8LineReader(path: path).forEachLine { line in
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { return }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= minimumFields, fields.prefix(minimumFields).allSatisfy({ !$0.isEmpty }) else {
                throw DictionaryError(path: path, line: lineNumber,
                                      reason: "expected \(minimumFields) tab-separated fields, found \(fields.count)")
            }
            entries.append((fields, lineNumber))
        }
        return entries
    }

    private static func isReadable(_ path: String) -> Bool { access(path, R_OK) == 0 }

    private static func executableDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return parent(of: path)
    }

    private static func parent(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return nil }
        return String(path[..<slash])
    }
}

/// A malformed line in a dictionary file.
public struct DictionaryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable code for scripts and tests.
    public static let code = "dictionary.malformed"
    /// The file.
    public let path: String
    /// The 1-based line number.
    public let line: Int
    /// What is wrong with the line.
    public let reason: String

    /// Creates the error.
    public init(path: String, line: Int, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// The message: `FILE:LINE: reason`.
    public var description: String { "\(path):\(line): \(reason)" }
}
