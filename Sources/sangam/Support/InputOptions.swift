import ArgumentParser

/// The input every text command takes: one file, or standard input.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "A UTF-8 text file. Reads standard input when omitted or `-`.",
        valueName: "file"))
    var file: String?
}
