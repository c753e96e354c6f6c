package org.phasezero.analysis.graph;

/**
 * A binary min-heap of node ids keyed by double priorities, with decrease-key, for Dijkstra's
 * algorithm. Positions are tracked per node so that decrease-key is O(log n) without duplicates.
 */
final class IndexedMinHeap {

  private final int[] heap;
  private final int[] position;
  private final double[] key;
  private int size;

  IndexedMinHeap(int capacity) {
    heap = new int[capacity];
    position = new int[capacity];
    key = new double[capacity];
    java.util.Arrays.fill(position, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Inserts a node or lowers its key. */
  void offer(int node, double priority) {
    int at = position[node];
    if (at < 0) {
      at = size++;
      heap[at] = node;
      position[node] = at;
    }
    key[node] = priority;
    siftUp(at);
  }

  int poll() {
    int top = heap[0];
    position[top] = -1;
    size--;
    if (size > 0) {
      heap[0] = heap[size];
      position[heap[0]] = 0;
      siftDown(0);
    }
    return top;
  }

  private void siftUp(int at) {
    int node = heap[at];
    double k = key[node];
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      int p = heap[parent];
      if (key[p] <= k) {
        break;
      }
      heap[at] = p;
      position[p] = at;
      at = parent;
    }
    heap[at] = node;
    position[node] = at;
  }

  private void siftDown(int at) {
    int node = heap[at];
    double k = key[node];
    int half = size >>> 1;
    while (at < half) {
      int child = 2 * at + 1;
      int right = child + 1;
      if (right < size && key[heap[right]] < key[heap[child]]) {
        child = right;
      }
      if (key[heap[child]] >= k) {
        break;
      }
      heap[at] = heap[child];
      position[heap[at]] = at;
      at = child;
    }
    heap[at] = node;
    position[node] = at;
  }
}
