package dev.invar.cli.render.html;

import static dev.invar.cli.render.html.Traces.m;
import static dev.invar.cli.render.html.Traces.mv;
import static dev.invar.cli.render.html.Traces.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sends and receipts of messages held in sets and bags, on hand-made traces. */
class MessageInferenceTest {
    /** A state of two sources (a function over 1..2, printed as a sequence) with a FIFO channel each. */
    private static String sources(int emitted1, int emitted2, String chan1, String chan2, int processed) {
        return "{\"acked\":{\"#tup\":[false,false]},\"emitted\":{\"#tup\":[" + n(emitted1) + "," + n(emitted2) + "]},"
                + "\"chan\":{\"#tup\":[{\"#tup\":[" + chan1 + "]},{\"#tup\":[" + chan2 + "]}]},\"processed\":" + n(processed) + "}";
    }

    private static List<Message> messages(Behaviour b) {
        Set<String> variables = MessagePlaces.variables(b);
        Lanes lanes = LaneInference.infer(b, Optional.empty(), variables);
        return MessageInference.infer(b, lanes, new LaneActivity(b, lanes, variables), variables);
    }

    @Test
    void aSetOfEverySentMessageIsReadThroughWhatTheReceiversLearn() {
        // two-phase commit: r1 prepares, the TM records it, decides, and r1 takes the decision in
        String prepared = "{\"type\":\"Prepared\",\"rm\":" + mv("r1") + "}";
        Behaviour b = Behaviour.from(Traces.trace(new String[] {"RMPrepare", "TMRcvPrepared", "TMCommit", "RMRcvCommitMsg"},
                "{\"rm\":" + m("r1", "\"working\"", "r2", "\"working\"") + ",\"tm\":\"init\",\"tmPrepared\":{\"#set\":[]},"
                        + "\"msgs\":{\"#set\":[]}}",
                "{\"rm\":" + m("r1", "\"prepared\"", "r2", "\"working\"") + ",\"tm\":\"init\",\"tmPrepared\":{\"#set\":[]},"
                        + "\"msgs\":{\"#set\":[" + prepared + "]}}",
                "{\"rm\":" + m("r1", "\"prepared\"", "r2", "\"working\"") + ",\"tm\":\"init\",\"tmPrepared\":{\"#set\":[" + mv("r1")
                        + "]},\"msgs\":{\"#set\":[" + prepared + "]}}",
                "{\"rm\":" + m("r1", "\"prepared\"", "r2", "\"working\"") + ",\"tm\":\"committed\",\"tmPrepared\":{\"#set\":[" + mv("r1")
                        + "]},\"msgs\":{\"#set\":[{\"type\":\"Commit\"}," + prepared + "]}}",
                "{\"rm\":" + m("r1", "\"committed\"", "r2", "\"working\"") + ",\"tm\":\"committed\",\"tmPrepared\":{\"#set\":["
                        + mv("r1") + "]},\"msgs\":{\"#set\":[{\"type\":\"Commit\"}," + prepared + "]}}"));
        List<Message> messages = messages(b);
        assertEquals(2, messages.size(), messages.toString());
        Message first = messages.get(0);
        assertEquals("r1", first.sender());
        assertEquals(List.of(new Message.Receipt(2, Lanes.GLOBAL)), first.receipts(), "the TM learnt r1 in state 3");
        Message commit = messages.get(1);
        assertEquals(Lanes.GLOBAL, commit.sender());
        assertEquals(List.of(new Message.Receipt(4, "r1")), commit.receipts(), "RMRcvCommitMsg names the Commit type; r2 never acts");
        assertEquals("Prepared rm=r1", first.label());
    }

    @Test
    void aBagIsConsumedCopyByCopyAndAnAddresseeReceives() {
        String req = "{\"type\":\"req\",\"src\":" + mv("c") + ",\"dst\":" + mv("s") + "}";
        Behaviour b = Behaviour.from(Traces.trace(new String[] {"Send", "Send", "Receive"},
                "{\"st\":" + m("c", n(0), "s", n(0)) + ",\"network\":{\"#map\":[]}}",
                "{\"st\":" + m("c", n(1), "s", n(0)) + ",\"network\":{\"#map\":[[" + req + "," + n(1) + "]]}}",
                "{\"st\":" + m("c", n(2), "s", n(0)) + ",\"network\":{\"#map\":[[" + req + "," + n(2) + "]]}}",
                "{\"st\":" + m("c", n(2), "s", n(7)) + ",\"network\":{\"#map\":[[" + req + "," + n(1) + "]]}}"));
        List<Message> messages = messages(b);
        assertEquals(2, messages.size());
        assertEquals(Optional.of(3), messages.get(0).consumedAt(), "the oldest copy goes first");
        assertEquals(List.of(new Message.Receipt(3, "s")), messages.get(0).receipts());
        assertTrue(messages.get(1).receipts().isEmpty(), "the second copy is still in flight");
        assertEquals("c", messages.get(1).sender());
    }

    @Test
    void aSetOfRecordsThatIsNotNamedLikeMessagesIsHistory() {
        Behaviour b = Behaviour.from(Traces.trace(new String[] {"Commit"},
                "{\"log\":" + m("s1", n(0)) + ",\"committed\":{\"#set\":[]}}",
                "{\"log\":" + m("s1", n(1)) + ",\"committed\":{\"#set\":[{\"index\":" + n(1) + ",\"term\":" + n(1) + "}]}}"));
        assertTrue(MessagePlaces.variables(b).isEmpty());
    }

    @Test
    void aChannelPerNodeCarriesMessagesFromItsWriterToItsReader() {
        // sources 1 and 2 each write to their own channel; the operator, which is no node, reads source 1's
        String barrier = "{\"type\":\"barrier\",\"id\":" + n(1) + "}";
        String record = "{\"type\":\"record\",\"val\":" + n(7) + "}";
        Behaviour b = Behaviour.from(Traces.trace(new String[] {"Emit", "Barrier", "Process"},
                sources(0, 0, "", "", 0), sources(1, 0, record, "", 0), sources(1, 1, record, barrier, 0),
                sources(1, 1, "", barrier, 7)));
        assertEquals(Set.of("chan"), MessagePlaces.variables(b));
        List<Message> messages = messages(b);
        assertEquals(2, messages.size(), messages.toString());
        Message first = messages.get(0);
        assertEquals("chan[1]", first.variable());
        assertEquals("1", first.sender(), "the lanes are the sources 1..2");
        assertEquals(List.of(new Message.Receipt(3, Lanes.GLOBAL)), first.receipts());
        assertEquals("2", messages.get(1).sender());
        assertTrue(messages.get(1).receipts().isEmpty());
    }
}
