import Foundation

/// The little file-system access ingest needs, on POSIX calls directly: Foundation's directory
/// enumerator and `Data(contentsOf:)` cost a noticeable share of ingesting ten thousand pages.
enum FileSystem {
    /// Adds the files under `directory` to `files`: recursively, hidden entries skipped, each
    /// directory's entries in name order. A broken symbolic link or an unreadable directory
    /// becomes a problem.
    static func collectFiles(under directory: String, into files: inout [String],
                             problems: inout [IngestProblem], depth: Int = 0) {
        guard depth < 64 else {
            problems.append(IngestProblem(.unreadable, .error, path: directory,
                                          message: "cannot list: directories nest more than 64 deep (a symbolic link loop?)"))
            return
        }
        guard let stream = opendir(directory) else {
            problems.append(IngestProblem(.unreadable, .error, path: directory,
                                          message: "cannot list the directory (\(String(cString: strerror(errno))))"))
            return
        }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasPrefix(".") { continue }  // ".", ".." and hidden entries
            entries.append((name, entry.pointee.d_type))
        }
        closedir(stream)
        entries.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for (name, type) in entries {
            let path = prefix + name
            switch Int32(type) {
            case Int32(DT_REG):
                files.append(path)
            case Int32(DT_DIR):
                collectFiles(under: path, into: &files, problems: &problems, depth: depth + 1)
            default:
                // A link or an entry the file system does not type: ask what it leads to.
                var status = stat()
                if stat(path, &status) != 0 {
                    problems.append(IngestProblem(.unreadable, .error, path: path,
                                                  message: "cannot read: a broken symbolic link"))
                } else if (status.st_mode & S_IFMT) == S_IFDIR {
                    collectFiles(under: path, into: &files, problems: &problems, depth: depth + 1)
                } else {
                    files.append(path)
                }
            }
        }
    }

    /// The bytes of the file at `path`.
    static func contents(of path: String) throws(IngestProblem) -> Data {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw IngestProblem(.unreadable, .error, path: path, message: "cannot read the file (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw IngestProblem(.unreadable, .error, path: path, message: "cannot read the file (it is a directory)")
        }
        var data = Data(count: max(Int(status.st_size), 0) + 1)
        var length = 0
        while true {
            if length == data.count { data.count *= 2 }  // the file grew, or reports no size
            let count = data.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + length, raw.count - length)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw IngestProblem(.unreadable, .error, path: path, message: "cannot read the file (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            length += count
        }
        data.count = length
        return data
    }
}
