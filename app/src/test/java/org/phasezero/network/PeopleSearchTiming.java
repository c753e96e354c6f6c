package org.phasezero.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.phasezero.PhaseZeroApplication;
import org.phasezero.security.SystemActor;
import org.phasezero.shared.Page;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark runner, not a test: searching among 100,000 people (or as many as asked). Run by
 * {@code bench/run-people-search.sh}; the target is under 50 ms a search. People get names drawn
 * from 70 given and 70 family names of the communities a hub works with (so thousands of
 * namesakes, as in a real hub), a pseudonym, and a membership of one of N/25 organisations; they
 * are written with batched SQL (searching is measured, not data entry), then the index is rebuilt.
 *
 * <p>Each query runs 5 warm-up rounds then 30 timed ones, two ways: the index alone (the ids that
 * match) and a coordinator's whole search as the people page and {@code /api/v1/people} run it
 * (index, then the SQL scope, count and first page of 25 in name order), beside the substring
 * scan it replaced ({@code search_key like '%text%'}, count and first page; it found only the words
 * in the order typed). Median, 95th percentile and slowest are printed. The index's cost grows
 * with the number of matches; the scan's with the number of people.
 */
public final class PeopleSearchTiming {

  private static final String[] GIVEN = ("Abena Ama Akosua Kwame Kofi Yaw Efua Adwoa Kwabena Ade Bola Chidi Ngozi Emeka "
      + "Amina Fatima Aisha Mohammed Ahmed Hassan Ibrahim Yusuf Omar Zainab Priya Anjali Sunita Rajesh Sanjay Amit "
      + "Harpreet Gurpreet Manpreet Jaswinder Sukhdev Baljit Nasreen Shazia Imran Tariq Bilal Saima Rukhsana Farhan "
      + "José María Zoë Chloé Renée Siobhán Seán Niamh Aoife Dariusz Agnieszka Katarzyna Tomasz Mei Wei Li Hui "
      + "Olu Tunde Funmi Grace Mary John Peter David Sarah").split(" ");
  private static final String[] FAMILY = ("Mensah Asante Boateng Owusu Osei Darko Ibrahim Adeyemi Okafor Nwosu Okonkwo "
      + "Khan Ahmed Hussain Ali Begum Akhtar Malik Iqbal Rahman Chowdhury Uddin Islam Kaur Singh Sandhu Gill Dhillon "
      + "Patel Shah Sharma Gupta Mistry Joshi Desai Núñez García Müller Ó'Brien Ní Bhriain Kowalski Nowak Wiśniewski "
      + "Chen Wang Zhang Liu Smith Jones Williams Brown Taylor Davies Evans Thomas Johnson Roberts Walker Wright "
      + "Robinson Thompson White Hughes Edwards Green Hall Wood Harris Lewis").split(" ");
  private static final String[] PLACES = "Aston Handsworth Sparkbrook Moseley Small Heath Lozells Erdington Kings Heath Nechells Ladywood".split(" ");
  private static final String[] KINDS = "Community Group,Mosque,Gurdwara,Church,Mandir,Carers Network,Youth Club,Women's Circle,Men's Shed,Tenants Association".split(",");

  private PeopleSearchTiming() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PhaseZeroApplication.class)
        .web(WebApplicationType.NONE)
        .run("--spring.datasource.url=jdbc:h2:mem:peoplesearchtiming;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "--phasezero.demo.enabled=false", "--logging.level.root=WARN")) {
      insertPeople(ctx.getBean(JdbcTemplate.class), n);
      PeopleSearch search = ctx.getBean(PeopleSearch.class);
      long start = System.nanoTime();
      search.rebuild();
      System.out.printf(Locale.ROOT, "people: %,d; index built from the database in %d ms%n", n,
          (System.nanoTime() - start) / 1_000_000);
      People people = ctx.getBean(People.class);
      List<String> queries = List.of("abena ibrahim", "kaur", "mensah k", "jose nunez", "zoe", "a",
          "sparkbrook gurdwara", "amber heron", "priya sandhu aston");
      List<Double> allIndex = new ArrayList<>();
      List<Double> allWhole = new ArrayList<>();
      List<Double> allScan = new ArrayList<>();
      JdbcTemplate sql = ctx.getBean(JdbcTemplate.class);
      System.out.println("query                  matches   index: median   p95    max | whole search: median   p95    max"
          + " | substring scan: median   p95    max");
      SystemActor.run("benchmark", () -> {
        for (String q : queries) {
          double[] index = new double[30];
          double[] whole = new double[30];
          double[] scan = new double[30];
          long matches = 0;
          for (int round = -5; round < 30; round++) {
            long t0 = System.nanoTime();
            matches = search.matching(q, false, false).length;
            long t1 = System.nanoTime();
            people.search(new People.Query(q, null, null, false), new Page.Request(0, 25));
            long t2 = System.nanoTime();
            String like = "%" + q.toLowerCase(Locale.ROOT) + "%";
            sql.queryForObject("select count(*) from person p where p.search_key like ? and p.voided_at is null",
                Long.class, like);
            sql.queryForList("select p.* from person p where p.search_key like ? and p.voided_at is null"
                + " order by p.search_key, p.id limit 25", like);
            long t3 = System.nanoTime();
            if (round >= 0) {
              index[round] = (t1 - t0) / 1e6;
              whole[round] = (t2 - t1) / 1e6;
              scan[round] = (t3 - t2) / 1e6;
              allScan.add(scan[round]);
              allIndex.add(index[round]);
              allWhole.add(whole[round]);
            }
          }
          System.out.printf(Locale.ROOT, "%-22s %,8d   %13s | %20s | %s%n", "'" + q + "'", matches, stats(index),
              stats(whole), stats(scan));
        }
      });
      System.out.printf(Locale.ROOT, "%-31s   %13s | %20s | %s%n", "every search", stats(allIndex.stream().mapToDouble(d -> d).toArray()),
          stats(allWhole.stream().mapToDouble(d -> d).toArray()), stats(allScan.stream().mapToDouble(d -> d).toArray()));
    }
  }

  private static String stats(double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "%6.1f %6.1f %6.1f", s[s.length / 2], s[(int) Math.ceil(s.length * 0.95) - 1],
        s[s.length - 1]);
  }

  private static void insertPeople(JdbcTemplate db, int n) {
    Random random = new Random(20261201);
    Timestamp now = Timestamp.from(Instant.now());
    int organisations = Math.max(1, n / 25);
    List<Object[]> orgs = new ArrayList<>();
    for (int i = 0; i < organisations; i++) {
      String name = PLACES[i % PLACES.length] + " " + KINDS[(i / PLACES.length) % KINDS.length] + " " + (i + 1);
      orgs.add(new Object[] {name, name.toLowerCase(Locale.ROOT), now, now});
    }
    db.batchUpdate("insert into organisation (name, name_key, type, side, created_at, updated_at, version)"
        + " values (?, ?, 'COMMUNITY_GROUP', 'COMMUNITY', ?, ?, 0)", orgs);
    long firstOrg = db.queryForObject("select min(id) from organisation", Long.class);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
      String pseudonym = Pseudonyms.next();
      rows.add(new Object[] {name, (name + " " + pseudonym).toLowerCase(Locale.ROOT), pseudonym, now, now});
      if (rows.size() == 5_000 || i == n - 1) {
        db.batchUpdate("insert into person (display_name, search_key, pseudonym, roles, contact_preference,"
            + " created_at, updated_at, version) values (?, ?, ?, 'EXPERT_BY_EXPERIENCE', 'NONE', ?, ?, 0)", rows);
        rows.clear();
      }
    }
    db.update("insert into membership (person_id, organisation_id, since, created_at)"
        + " select p.id, " + firstOrg + " + mod(p.id, " + organisations + "), current_date, current_timestamp from person p");
  }
}
