package org.phasezero.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The photo of the workshop's community map, drawn for the demo: places as wobbly circles on
 * flip-chart paper, thick lines where people trust, a dotted line to the GP, a red line to crisis,
 * a new green line for the community route, stickers, and labels in a slanted hand. Deterministic;
 * about 30 ms. Labels need fonts: on a machine without any the map is drawn without its words (the
 * source's description still has them).
 */
final class DemoWorkshopMap {

  private static final int WIDTH = 960;
  private static final int HEIGHT = 680;
  private static final Color PAPER = new Color(0xfbf8ef);
  private static final Color INK = new Color(0x1d2a5b);
  private static final Color RED = new Color(0xc8102e);
  private static final Color GREEN = new Color(0x168a3e);

  private record Place(String label, int x, int y, int r) {}

  private static final Place CHURCH = new Place("Mount Zion + St Anne's", 470, 330, 95);
  private static final Place BARBER = new Place("barbershop", 255, 210, 55);
  private static final Place CENTRE = new Place("Caribbean centre", 690, 200, 62);
  private static final Place MOSQUE = new Place("mosque", 110, 110, 42);
  private static final Place GP = new Place("GP", 200, 500, 45);
  private static final Place TEAM = new Place("mental health team", 830, 470, 38);
  private static final Place HOME = new Place("home", 95, 610, 35);
  private static final Place POLICE = new Place("police", 450, 620, 40);
  private static final Place HOSPITAL = new Place("hospital", 690, 610, 45);
  private static final Place HUB = new Place("hub", 830, 80, 30);

  private DemoWorkshopMap() {}

  static byte[] png() {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(PAPER);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      Random wobble = new Random(1948);
      g.setColor(new Color(0xd9d3c1));
      g.setStroke(new BasicStroke(2));
      g.drawRect(8, 8, WIDTH - 16, HEIGHT - 16);

      line(g, wobble, CHURCH, BARBER, INK, 7, false);
      line(g, wobble, CHURCH, CENTRE, INK, 7, false);
      line(g, wobble, BARBER, CENTRE, INK, 5, false);
      line(g, wobble, BARBER, MOSQUE, INK, 3, false);
      line(g, wobble, CHURCH, GP, INK, 2, true);
      line(g, wobble, CHURCH, TEAM, GREEN, 4, false);
      line(g, wobble, HOME, GP, RED, 4, false);
      line(g, wobble, GP, POLICE, RED, 4, false);
      line(g, wobble, POLICE, HOSPITAL, RED, 4, false);
      for (Place p : new Place[] {CHURCH, BARBER, CENTRE, MOSQUE, GP, TEAM, POLICE, HOSPITAL}) {
        line(g, wobble, HUB, p, new Color(0x768692), 1, false);
      }
      for (Place p : new Place[] {CHURCH, BARBER, CENTRE, MOSQUE, GP, TEAM, HOME, POLICE, HOSPITAL, HUB}) {
        circle(g, wobble, p);
      }
      stickers(g, wobble);
      labels(g, wobble);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A hand-drawn line: a few segments, each a little off the straight. */
  private static void line(Graphics2D g, Random wobble, Place a, Place b, Color color, float width, boolean dotted) {
    g.setColor(color);
    g.setStroke(dotted ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {4, 9}, 0)
        : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D path = new Path2D.Double();
    path.moveTo(a.x(), a.y());
    int steps = 6;
    for (int i = 1; i < steps; i++) {
      double t = (double) i / steps;
      path.lineTo(a.x() + (b.x() - a.x()) * t + wobble.nextGaussian() * 2.5,
          a.y() + (b.y() - a.y()) * t + wobble.nextGaussian() * 2.5);
    }
    path.lineTo(b.x(), b.y());
    g.draw(path);
  }

  /** A circle drawn by hand: the radius drifts, and the end overshoots the start. */
  private static void circle(Graphics2D g, Random wobble, Place p) {
    g.setColor(PAPER);
    g.fillOval(p.x() - p.r(), p.y() - p.r(), 2 * p.r(), 2 * p.r());
    g.setColor(p == TEAM || p == POLICE || p == HOSPITAL ? RED.darker() : INK);
    g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D path = new Path2D.Double();
    double drift = 0;
    int steps = 40;
    for (int i = 0; i <= steps + 3; i++) {
      double angle = 2 * Math.PI * i / steps;
      drift += wobble.nextGaussian() * 0.6;
      double r = p.r() + drift;
      double x = p.x() + r * Math.cos(angle);
      double y = p.y() + r * Math.sin(angle);
      if (i == 0) {
        path.moveTo(x, y);
      } else {
        path.lineTo(x, y);
      }
    }
    g.draw(path);
  }

  /** Red stickers along the way to crisis; green ones where people feel safe to talk. */
  private static void stickers(Graphics2D g, Random wobble) {
    int[][] red = {{150, 560}, {300, 565}, {330, 580}, {560, 615}, {600, 605}};
    int[][] green = {{420, 260}, {520, 270}, {440, 410}, {235, 160}, {290, 250}, {670, 150}, {730, 235}, {560, 360}};
    g.setColor(RED);
    for (int[] s : red) {
      g.fillOval(s[0] + wobble.nextInt(5), s[1] + wobble.nextInt(5), 16, 16);
    }
    g.setColor(GREEN);
    for (int[] s : green) {
      g.fillOval(s[0] + wobble.nextInt(5), s[1] + wobble.nextInt(5), 16, 16);
    }
  }

  /** The group's words, slightly slanted; skipped where the machine has no fonts. */
  private static void labels(Graphics2D g, Random wobble) {
    try {
      Font hand = new Font(Font.SANS_SERIF, Font.ITALIC, 19);
      g.setFont(hand.deriveFont(Font.BOLD | Font.ITALIC, 24f));
      g.setColor(INK);
      g.drawString("Where do we go when someone is struggling?", 200, 44);
      write(g, wobble, TEAM.label(), TEAM.x() - 85, TEAM.y() + TEAM.r() + 26, hand, INK);
      for (Place p : new Place[] {BARBER, CENTRE, MOSQUE, GP, HOME, POLICE, HOSPITAL, HUB}) {
        write(g, wobble, p.label(), p.x() - p.label().length() * 5, p.y() + 6, hand, INK);
      }
      write(g, wobble, CHURCH.label(), CHURCH.x() - 100, CHURCH.y() - 4, hand.deriveFont(Font.BOLD | Font.ITALIC, 20f), INK);
      write(g, wobble, "where we go first", CHURCH.x() - 70, CHURCH.y() + 24, hand, INK);
      write(g, wobble, "only if the pastor comes with you", 160, 395, hand.deriveFont(15f), INK);
      write(g, wobble, "community route, new", 620, 370, hand.deriveFont(Font.BOLD | Font.ITALIC, 17f), GREEN);
      write(g, wobble, "the way we end up in crisis", 250, 545, hand.deriveFont(Font.BOLD | Font.ITALIC, 17f), RED);
      write(g, wobble, "the back of a van", 480, 665, hand.deriveFont(15f), RED);
      write(g, wobble, "too many lines to one person", 640, 130, hand.deriveFont(15f), new Color(0x425563));
    } catch (RuntimeException | LinkageError | InternalError noFonts) {
      // A headless machine without fonts: the map stays, its words are in the description.
    }
  }

  private static void write(Graphics2D g, Random wobble, String text, int x, int y, Font font, Color color) {
    AffineTransform before = g.getTransform();
    g.rotate(Math.toRadians(wobble.nextGaussian() * 2.5), x, y);
    g.setFont(font);
    g.setColor(color);
    g.drawString(text, x, y);
    g.setTransform(before);
  }
}
