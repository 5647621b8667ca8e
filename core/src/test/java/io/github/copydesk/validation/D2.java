import io.github.copydesk.model.*;
public class D2 { public static void main(String[] a) { for (String s : a) { try { System.out.println(s + " -> " + Dateline.parse(s)); } catch (Exception e) { System.out.println(s + " -> " + e); } } } }
