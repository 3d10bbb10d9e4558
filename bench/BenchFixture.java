import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark fixture: one company, one token, group "big" with 100,000 members and group
 * "hundred" with 100 (ten of them its admins) and group "cycle", empty. Usage: java BenchFixture.java OUT.json [MEMBERS]
 */
public class BenchFixture {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int members = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("{\"companies\":[{\"domain\":\"bench\",\"tariff\":{\"groups\":true}}],\n\"users\":[\n");
      w.write("{\"id\":1,\"company\":\"bench\",\"company_admin\":true,\"full_name\":\"Bench Admin\",\"email\":\"admin@bench.example\"}");
      for (int id = 2; id <= members + 1; id++) {
        w.write(",\n{\"id\":" + id + ",\"company\":\"bench\",\"full_name\":\"User Number" + id
            + "\",\"email\":\"user" + id + "@bench.example\"}");
      }
      w.write("\n],\n\"groups\":[\n{\"uid\":\"big\",\"id\":1,\"company\":\"bench\",\"name\":\"Big\",\"users\":[");
      for (int id = 2; id <= members + 1; id++) {
        w.write((id == 2 ? "" : ",") + id);
      }
      w.write("]},\n{\"uid\":\"hundred\",\"id\":2,\"company\":\"bench\",\"name\":\"Hundred\",\"users\":[");
      for (int id = 2; id <= 101; id++) {
        w.write((id == 2 ? "" : ",") + id);
      }
      w.write("],\"admins\":[");
      for (int id = 2; id <= 11; id++) {
        w.write((id == 2 ? "" : ",") + id);
      }
      w.write("]},\n{\"uid\":\"cycle\",\"id\":3,\"company\":\"bench\",\"name\":\"Cycle\",\"users\":[]}");
      w.write("\n],\n\"tokens\":{\"bench-token\":1}}\n");
    }
  }
}
