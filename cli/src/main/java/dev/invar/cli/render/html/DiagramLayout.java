package dev.invar.cli.render.html;

import java.util.List;

/**
 * Where things go in the sequence diagram: lanes are columns, steps are rows, time runs down.
 *
 * @param lanes the lane ids, left to right
 * @param rows the number of steps
 * @param lasso whether to leave room on the right for the arrow that closes a lasso
 */
record DiagramLayout(List<String> lanes, int rows, boolean lasso) {
    static final int GUTTER = 56;
    static final int COLUMN = 180;
    static final int HEAD = 72;
    static final int ROW = 66;
    static final int BOX_WIDTH = 150;
    static final int BOX_HEIGHT = 34;

    DiagramLayout {
        lanes = List.copyOf(lanes);
    }

    int x(String lane) {
        return GUTTER + lanes.indexOf(lane) * COLUMN + COLUMN / 2;
    }

    /** The vertical centre of a step's row. */
    int y(int index) {
        return HEAD + ROW / 2 + index * ROW;
    }

    int rowTop(int index) {
        return HEAD + index * ROW;
    }

    int lanesRight() {
        return GUTTER + lanes.size() * COLUMN;
    }

    int width() {
        return lanesRight() + (lasso ? 160 : 24);
    }

    int height() {
        return HEAD + rows * ROW + 16;
    }
}
