import SangamText

/// Words too common to be evidence that two sentences say the same thing: function words,
/// auxiliaries and light verbs of each language, in matching form. A lexicon entry is never
/// matched on a stop word alone, though phrases may contain them (`ministry of home affairs`,
/// `भारतीय रिज़र्व बैंक`).
public enum StopWords {
    /// English function words and auxiliaries (lower case).
    public static let english: Set<Substring> = Set("""
        a an the and or but nor of in on at to for from by with without into onto upon over under \
        about after before between during since until till through across against along among \
        around behind below beneath beside beyond near off out up down per via than then so as \
        if while when where whom who whose which what that this these those there here it its \
        he him his she her hers they them their theirs we us our ours you your yours i me my mine \
        be is am are was were been being have has had having do does did doing done will would \
        shall should can could may might must not no yes also too very just only even more most \
        less least such some any all each every both either neither other another own same \
        said says say told tell added according s mr mrs ms dr shri smt
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }))

    /// Hindi postpositions, pronouns, auxiliaries, particles and light verbs (matching form).
    public static let hindi: Set<Substring> = Set("""
        का की के को में से ने पर तक है हैं था थी थे हो हुआ हुई हुए होगा होगी होंगे होने होता होती \
        होते और या एवं तथा व भी तो ही न नहीं यह वह ये वे इस उस इन उन इसे उसे इसकी उसकी इसके \
        उसके इनके उनके उनकी उनका इसका उसका जो जिस जिन जिसे जिसके जिसकी कि एक लिए साथ बाद पहले \
        गया गई गए गयी किया किए किये की कर करने करते करता करती करना करें कहा कहना रहा रही रहे \
        रहें अपने अपनी अपना द्वारा बीच ओर तरह बारे वाले वाली वाला सकता सकती सकते जा जाता जाती \
        जाते जाएगा जाएगी जाएंगे दिया दी दिए दे देने लिया ली लिए ले लेने मैं हम आप वो कुछ सभी \
        सब अब तब जब यहां वहां कहां क्या क्यों कैसे श्री श्रीमती डॉ
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }))

    /// The hashes (`WordHash`) of both lists' words, for checks on bytes.
    public static let hashes: StemTable<Bool> = {
        var table = StemTable<Bool>()
        for word in english.map(String.init) + hindi.map(String.init) { table.set(true, for: WordHash(word.utf8).value) }
        return table
    }()
}
