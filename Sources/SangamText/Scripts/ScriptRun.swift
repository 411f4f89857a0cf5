/// A maximal stretch of text in one script. Common characters (spaces, digits, punctuation)
/// join the run before them, or the run after them at the start of the text, so a line such as
/// `PM Modi ने कहा` has two runs: `PM Modi ` and `ने कहा`.
public struct ScriptRun: Sendable, Equatable {
    /// The run's script; `.common` only when the whole text has no letters of any script.
    public var script: Script
    /// Where the run lies in the text it came from.
    public var range: Range<String.Index>
}
