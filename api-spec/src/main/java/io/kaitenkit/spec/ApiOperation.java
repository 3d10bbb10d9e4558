package io.kaitenkit.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An operation of the contract.
 *
 * @param id the operation id, such as {@code removeUserFromGroup}
 * @param method the HTTP method in upper case
 * @param path the path template below the base path, such as {@code /groups/{group_uid}/users/{user_id}}
 * @param responses the documented responses by status, in ascending order
 * @param assumption why the kit assumes part of this operation's behaviour, or null
 */
public record ApiOperation(
    String id,
    String method,
    String path,
    SortedMap<Integer, DocumentedResponse> responses,
    String assumption) {

  public ApiOperation {
    responses = Collections.unmodifiableSortedMap(new TreeMap<>(responses));
  }

  /** The names of the path template's parameters, in the order it names them. */
  public List<String> pathParameterNames() {
    return pathParameterNames(path);
  }

  /** The parameter names of a path template such as {@code /groups/{group_uid}/users}, in order. */
  public static List<String> pathParameterNames(String template) {
    return Placeholders.names(template);
  }

  /** The documented status codes, in ascending order. */
  public List<Integer> statuses() {
    return List.copyOf(responses.keySet());
  }

  /** True when the contract documents this status for the operation. */
  public boolean documents(int status) {
    return responses.containsKey(status);
  }

  /** The documented response for a status, or null. */
  public DocumentedResponse response(int status) {
    return responses.get(status);
  }

  /** The first documented 2xx response. */
  public DocumentedResponse success() {
    for (Map.Entry<Integer, DocumentedResponse> entry : responses.entrySet()) {
      if (entry.getKey() / 100 == 2) {
        return entry.getValue();
      }
    }
    throw new IllegalStateException(id + " documents no 2xx response");
  }

  @Override
  public String toString() {
    return id + " (" + method + " " + path + ", " + statuses() + ")";
  }
}
