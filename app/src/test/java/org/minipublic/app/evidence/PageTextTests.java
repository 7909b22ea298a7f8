package org.minipublic.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minipublic.app.evidence.PageText.Block;
import org.minipublic.app.evidence.PageText.Kind;

class PageTextTests {

    @Test
    void blankLinesSeparateParagraphsHeadingsAndLists() {
        var blocks =
                PageText.blocks("# Complaints\n\nAnyone can complain.\nIt is free.\r\n\r\n- online\n- by post\n\n\n");

        assertThat(blocks)
                .containsExactly(
                        new Block(Kind.HEADING, java.util.List.of("Complaints")),
                        new Block(Kind.PARAGRAPH, java.util.List.of("Anyone can complain.", "It is free.")),
                        new Block(Kind.LIST, java.util.List.of("online", "by post")));
        assertThat(blocks.get(1).text()).isEqualTo("Anyone can complain.\nIt is free.");
    }

    @Test
    void aHashInsideAParagraphOrAMixedListStaysText() {
        assertThat(PageText.blocks("# not a heading\nbecause two lines\n\n- one\ntwo"))
                .extracting(Block::kind)
                .containsExactly(Kind.PARAGRAPH, Kind.PARAGRAPH);
    }
}
