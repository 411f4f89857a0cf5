import Foundation

/// Runs the built `sangam` executable, the way a user or a script does.
struct SangamBinary {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The executable SwiftPM built beside this test bundle (`swift build` builds it first).
    static var url: URL {
        if let override = ProcessInfo.processInfo.environment["SANGAM_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        // On Linux the runner is `.build/debug/SangamPackageTests.xctest`; elsewhere a bundle's
        // inner binary may sit deeper.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("sangam")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/sangam")
    }

    /// Runs `sangam` with `arguments`, feeding `stdin`, and waits for it.
    static func run(_ arguments: [String], stdin: Data = Data()) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Write and read concurrently so large inputs and outputs cannot fill a pipe and stall.
        let writer = Thread {
            input.fileHandleForWriting.write(stdin)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = LockedData()
        let errorReader = Thread { errorData.value = error.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errorReader.isExecuting || !errorReader.isFinished { usleep(1_000) }
        return Result(status: process.terminationStatus, stdout: outputData,
                      stderr: String(decoding: errorData.value, as: UTF8.self))
    }

    static func run(_ arguments: [String], stdin text: String) throws -> Result {
        try run(arguments, stdin: Data(text.utf8))
    }

    /// A path for `name` in a new, empty temporary directory (nothing is written at it).
    static func temporaryPath(_ name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sangam-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }

    /// Writes `data` to a temporary file and returns its path.
    static func temporaryFile(_ data: Data, name: String = "input.txt") throws -> String {
        let path = try temporaryPath(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Data handed from a reader thread to the test.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    var value: Data {
        get { lock.withLock { data } }
        set { lock.withLock { data = newValue } }
    }
}
