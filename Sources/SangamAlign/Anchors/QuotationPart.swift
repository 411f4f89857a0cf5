/// A sentence's part in a quotation that may run over several sentences.
public enum QuotationPart: Sendable, Equatable {
    /// No quotation.
    case none
    /// A quotation opens and does not close: its first sentence (`उन्होंने कहा, "…।`).
    case opening
    /// A quotation closes without opening: its last sentence (`…," said Neha Kulkarni.`).
    case closing
    /// Whole quotations and words outside them, usually the speaker (`"…," said Ankit Sood.`,
    /// `"…," she said, "…."`). Words in quotes that are not speech (`यह “ऐतिहासिक” दिन`) make
    /// no part.
    case attributed
    /// Quotations and no words outside them (`"Our phones have not stopped ringing …"`):
    /// English continues a speaker's words this way after an attributed sentence.
    case quotedOnly
}
